using Distribution.Modules.Partners.Domain.TradingPartners;

namespace Distribution.Modules.Partners.Application.TradingPartners;

/// <summary>Where a partner's drop-folder and SFTP channels exchange files.</summary>
/// <param name="DropFolder">The partner's drop folder; omit for <c>{Edi:DropFolderRoot}/{partnerId}</c>.</param>
/// <param name="Sftp">The partner's SFTP server (sftp channels are not polled until it is set).</param>
public sealed record PartnerTransportsDto(DropFolderLocationDto? DropFolder, SftpServerDto? Sftp)
{
    internal static PartnerTransportsDto? From(PartnerTransports? e) => e is null
        ? null
        : new(e.DropFolder is null ? null : new DropFolderLocationDto(e.DropFolder.Path),
            e.Sftp is null ? null : new SftpServerDto(e.Sftp.Host, e.Sftp.Port, e.Sftp.Username, e.Sftp.CredentialName,
                e.Sftp.RemoteInboundPath, e.Sftp.RemoteOutboundPath, e.Sftp.HostKeySha256));

    internal PartnerTransports ToDomain() => new(
        DropFolder is null ? null : new DropFolderLocation(DropFolder.Path.Trim()),
        Sftp is null ? null : new SftpServer(Sftp.Host.Trim(), Sftp.Port, Sftp.Username.Trim(), Sftp.CredentialName.Trim(),
            Sftp.RemoteInboundPath.Trim(), Sftp.RemoteOutboundPath.Trim(), Sftp.HostKeySha256.Trim()));
}

/// <summary>A partner's drop folder: the hub keeps inbox, processing, archive, error and outbox folders under it.</summary>
/// <param name="Path">Absolute, or relative to the hub's <c>Edi:DropFolderRoot</c>.</param>
public sealed record DropFolderLocationDto(string Path);

/// <summary>A partner's SFTP server. The password or private key is not sent here: it is configured on the hub under
/// <c>Edi:SftpCredentials:{credentialName}</c> (<c>Password</c> or <c>PrivateKeyPath</c>).</summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">TCP port, normally 22.</param>
/// <param name="Username">The account the hub logs in as.</param>
/// <param name="CredentialName">Name of the configured credential.</param>
/// <param name="RemoteInboundPath">Remote folder where the partner leaves files for the hub.</param>
/// <param name="RemoteOutboundPath">Remote folder where the hub leaves files for the partner.</param>
/// <param name="HostKeySha256">The server's host key fingerprint as <c>ssh-keygen -l</c> prints it (<c>SHA256:…</c>).</param>
public sealed record SftpServerDto(
    string Host, int Port, string Username, string CredentialName, string RemoteInboundPath, string RemoteOutboundPath, string HostKeySha256);
