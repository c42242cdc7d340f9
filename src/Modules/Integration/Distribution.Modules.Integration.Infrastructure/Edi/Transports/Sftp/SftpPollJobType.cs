using System.Text;
using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Application.Edi.ReceiveEdi;
using Distribution.Modules.Integration.Application.Exceptions;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Renci.SshNet.Common;

namespace Distribution.Modules.Integration.Infrastructure.Edi.Transports.Sftp;

/// <summary>
/// Schedulable job: for every partner with an SFTP channel, connects to its server (pinned host key, configured
/// credential), takes the finished files from its remote inbound folder through the receive pipeline, removes each
/// only after its receipt is stored, then uploads the documents waiting for it. One partner's failure is reported
/// and the others still run.
/// </summary>
internal sealed class SftpPollJobType(
    ISender sender,
    EdiTransportCore core,
    SftpConnector connector,
    QuietFileTracker quietFiles,
    IOptions<EdiOptions> options,
    TimeProvider clock,
    ILogger<SftpPollJobType> logger) : ISyncJobType
{
    public const string JobKey = "edi-sftp-poll";

    public string Key => JobKey;

    public string Description =>
        "EDI over SFTP: downloads finished files from each partner's server (removed once received) and uploads waiting documents (997, TA1, outbound X12).";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var partners = await sender.Send(new ListEdiPartnersQuery(EdiChannel.SftpTransport), cancellationToken);
        var failures = new List<string>();
        foreach (var partner in partners)
        {
            var error = await PollAsync(partner, cancellationToken);
            if (error is not null)
            {
                failures.Add($"{partner.PartnerId}: {error}");
            }
        }

        if (failures.Count > 0)
        {
            throw new EdiTransportPollException($"{failures.Count} of {partners.Count} SFTP partners failed: {string.Join("; ", failures)}");
        }
    }

    /// <returns>Null when the partner's exchange went through, else what went wrong (already reported).</returns>
    private async Task<string?> PollAsync(EdiPartner partner, CancellationToken cancellationToken)
    {
        if (partner.Sftp is not { } server || !connector.HasCredential(server))
        {
            var missing = partner.Sftp is null
                ? "its profile has an SFTP channel but no SFTP server (endpoints.sftp)"
                : $"the credential '{partner.Sftp.CredentialName}' is not configured ({SftpConnector.CredentialsSection}:{partner.Sftp.CredentialName}:Password or :PrivateKeyPath)";
            await core.RaiseAsync(ExceptionKinds.TransportNotConfigured, $"SFTP not polled: {missing}.", partner.PartnerId,
                EdiChannel.SftpTransport, cancellationToken);
            return missing;
        }

        var reference = $"sftp://{server.Host}:{server.Port}";
        SftpSession session;
        try
        {
            session = await connector.ConnectAsync(server, cancellationToken);
        }
        catch (SftpTransportException exception)
        {
            await core.RaiseAsync(ExceptionKinds.TransportFailed, exception.Message, partner.PartnerId, reference, cancellationToken);
            await core.FailWaitingAsync(partner.PartnerId, EdiChannel.SftpTransport, exception.Message, cancellationToken);
            return exception.Message;
        }

        using (session)
        {
            try
            {
                await PullAsync(partner, server, session, cancellationToken);
            }
            catch (Exception exception) when (exception is SshException or IOException or EdiTransportPollException)
            {
                // The push still runs: acknowledgements for what was received must not wait for the next file.
                await core.RaiseAsync(ExceptionKinds.TransportFailed, $"Receiving from {session.Describe(server.RemoteInboundPath)}: {exception.Message}",
                    partner.PartnerId, reference, cancellationToken);
                await PushAsync(partner, server, session, cancellationToken);
                return exception.Message;
            }

            await PushAsync(partner, server, session, cancellationToken);
            return null;
        }
    }

    private async Task PullAsync(EdiPartner partner, EdiSftpServer server, SftpSession session, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = server.RemoteInboundPath;
        var listing = await session.ListFilesAsync(folder, cancellationToken);
        var source = $"sftp:{server.Host}:{server.Port}:{server.Username}:{folder}";
        foreach (var file in quietFiles.ReadyFiles(source, listing, settings.FileQuietPeriod))
        {
            if (file.Length > settings.MaxInboundBytes)
            {
                // Left where it is: the exception entry (raised once, however many polls see it) asks someone to look.
                await core.RaiseAsync(ExceptionKinds.TransportFailed,
                    $"{file.Name} is {file.Length} bytes, over the {settings.MaxInboundBytes}-byte limit (Edi:MaxInboundBytes); left unread on the server.",
                    partner.PartnerId, session.Describe($"{folder}/{file.Name}"), cancellationToken);
                continue;
            }

            var content = await session.DownloadAsync(folder, file.Name, cancellationToken);
            var now = await session.StatAsync(folder, file.Name, cancellationToken);
            if (now is null || now.Length != file.Length || now.LastWriteUtc != file.LastWriteUtc || content.Length != file.Length)
            {
                // Gone (another hub instance took it) or still changing: the next poll decides again.
                continue;
            }

            var receipt = await core.ReceiveAsync(EdiChannel.SftpTransport, partner.PartnerId, file.Name, content, cancellationToken);
            if (receipt.Status == EdiReceipt.InProgress)
            {
                // Another copy is being received right now and this one was not processed: it stays on the server and
                // the next poll takes it again (a duplicate by then, or received in full if the other copy failed).
                continue;
            }

            // The receipt is stored, so only now does the file leave the server. A stop between the receipt and this
            // removal makes the next poll download the file again; the receive pipeline's ISA13 duplicate check answers
            // "duplicate" then, so the interchange is never processed twice and the file is removed that time.
            await session.RemoveReceivedAsync(folder, file.Name, clock.GetUtcNow().UtcDateTime, cancellationToken);
            logger.LogInformation("{FileName} ({Status}) removed from {Folder}", file.Name, receipt.Status, session.Describe(folder));
        }
    }

    private async Task PushAsync(EdiPartner partner, EdiSftpServer server, SftpSession session, CancellationToken cancellationToken)
    {
        var (_, failed) = await core.PushWaitingAsync(partner.PartnerId, EdiChannel.SftpTransport,
            async (document, ct) => session.Describe(
                await session.UploadAsync(server.RemoteOutboundPath, document.FileName, Encoding.UTF8.GetBytes(document.Content), ct)),
            cancellationToken);
        if (failed > 0)
        {
            logger.LogWarning("{Failed} document(s) for {PartnerId} could not be uploaded", failed, partner.PartnerId);
        }
    }
}
