using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Application.Edi.ReceiveEdi;
using Distribution.Modules.Integration.Application.Exceptions;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Mediator;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Integration.Infrastructure.Edi.Transports.DropFolders;

/// <summary>
/// Schedulable job: for every partner with a drop-folder channel, takes the finished files from its inbox through
/// the receive pipeline, then writes the documents waiting for it into its outbox. One partner's failure is reported
/// and the others still run.
/// </summary>
internal sealed class DropFolderPollJobType(
    ISender sender,
    EdiTransportCore core,
    QuietFileTracker quietFiles,
    IOptions<EdiOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DropFolderPollJobType> logger) : ISyncJobType
{
    public const string JobKey = "edi-drop-folder-poll";

    /// <summary>A claim this old was abandoned by an instance that stopped; receiving one file takes seconds.</summary>
    internal static readonly TimeSpan AbandonedClaimAge = TimeSpan.FromMinutes(15);

    public string Key => JobKey;

    public string Description =>
        "EDI drop folders: receives finished files from each partner's inbox (archive or error afterwards) and writes waiting documents (997, TA1, outbound X12) to its outbox.";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var partners = await sender.Send(new ListEdiPartnersQuery(EdiChannel.DropFolder), cancellationToken);
        var failures = new List<string>();
        foreach (var partner in partners)
        {
            try
            {
                await PollAsync(partner, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EdiTransportPollException)
            {
                logger.LogError(exception, "Drop folder of {PartnerId} failed", partner.PartnerId);
                failures.Add($"{partner.PartnerId}: {exception.Message}");
                await core.RaiseAsync(ExceptionKinds.TransportFailed, $"Drop folder: {exception.Message}", partner.PartnerId,
                    EdiChannel.DropFolder, cancellationToken);
            }
        }

        if (failures.Count > 0)
        {
            throw new EdiTransportPollException($"{failures.Count} of {partners.Count} drop folders failed: {string.Join("; ", failures)}");
        }
    }

    private async Task PollAsync(EdiPartner partner, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = DropFolder.For(environment.ContentRootPath, settings.DropFolderRoot, partner.PartnerId, partner.DropFolderPath);
        folder.EnsureCreated();
        var returned = folder.ReturnAbandonedClaims(clock.GetUtcNow().UtcDateTime, AbandonedClaimAge);
        if (returned > 0)
        {
            logger.LogWarning("Put {Count} abandoned file(s) back into the inbox of {PartnerId}", returned, partner.PartnerId);
        }

        foreach (var file in quietFiles.ReadyFiles("drop-folder:" + folder.Inbox, folder.ListInbox(), settings.FileQuietPeriod))
        {
            await ReceiveAsync(partner, folder, file.Name, settings.MaxInboundBytes, cancellationToken);
        }

        await core.PushWaitingAsync(partner.PartnerId, EdiChannel.DropFolder,
            (document, ct) => folder.WriteToOutboxAsync(document.FileName, document.Content, ct), cancellationToken);
    }

    private async Task ReceiveAsync(EdiPartner partner, DropFolder folder, string name, long maxBytes, CancellationToken cancellationToken)
    {
        var claimed = folder.TryClaim(name, clock.GetUtcNow().UtcDateTime);
        if (claimed is null)
        {
            return;
        }

        var length = new FileInfo(claimed).Length;
        if (length > maxBytes)
        {
            var moved = folder.MoveToError(claimed, clock.GetUtcNow().UtcDateTime);
            await core.RaiseAsync(ExceptionKinds.TransportFailed,
                $"{name} is {length} bytes, over the {maxBytes}-byte limit (Edi:MaxInboundBytes); moved unread to {moved}.",
                partner.PartnerId, name, cancellationToken);
            return;
        }

        var content = await File.ReadAllBytesAsync(claimed, cancellationToken);
        string status;
        try
        {
            status = (await core.ReceiveAsync(EdiChannel.DropFolder, partner.PartnerId, name, content, cancellationToken)).Status;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not bad X12 (that is a "rejected" receipt) but the hub itself failing: nothing was stored, so the file
            // goes back to the inbox to be taken again by the next poll.
            folder.ReturnToInbox(claimed, clock.GetUtcNow().UtcDateTime);
            throw new EdiTransportPollException($"receiving {name} failed and it was put back into the inbox: {exception.Message}");
        }

        if (status == EdiReceipt.InProgress)
        {
            // Another copy of the interchange is being received right now and this one was not processed: it waits in
            // the inbox (its claim time makes it wait a quiet period) and is then taken again — a duplicate by then, or
            // received in full if the other copy failed.
            folder.ReturnToInbox(claimed, clock.GetUtcNow().UtcDateTime);
            logger.LogInformation("{FileName} of {PartnerId} is being received elsewhere; put back into the inbox", name, partner.PartnerId);
            return;
        }

        // The receipt is stored. A stop before this move leaves the file in processing; it returns to the inbox after
        // AbandonedClaimAge and its second receipt is a duplicate (ISA13 check), not a second order.
        var now = clock.GetUtcNow().UtcDateTime;
        var final = status == EdiReceipt.Rejected ? folder.MoveToError(claimed, now) : folder.MoveToArchive(claimed, now);
        logger.LogInformation("{FileName} of {PartnerId} moved to {Path}", name, partner.PartnerId, final);
    }
}
