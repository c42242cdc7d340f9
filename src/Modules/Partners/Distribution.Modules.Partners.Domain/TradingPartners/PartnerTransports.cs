namespace Distribution.Modules.Partners.Domain.TradingPartners;

/// <summary>Where a partner's files travel for its drop-folder and SFTP channels.</summary>
/// <param name="DropFolder">The partner's folder on the hub's file system; null for the default.</param>
/// <param name="Sftp">The partner's SFTP server; until it is set, the partner's sftp channels are reported in the exceptions queue, not polled.</param>
public sealed record PartnerTransports(DropFolderLocation? DropFolder, SftpServer? Sftp);

/// <summary>
/// A partner's drop folder. Under it the hub keeps <c>inbox</c> (the partner puts files here), <c>processing</c>,
/// <c>archive</c>, <c>error</c> and <c>outbox</c> (the hub puts files here for the partner).
/// </summary>
/// <param name="Path">Absolute, or relative to the hub's <c>Edi:DropFolderRoot</c>.</param>
public sealed record DropFolderLocation(string Path);

/// <summary>
/// A partner's SFTP server, which the hub polls (pull) and writes to (push). The secret is not stored here: it is
/// looked up in configuration under <c>Edi:SftpCredentials:{CredentialName}</c> (a password or a private key file),
/// so that it never travels through the API or into the audit log.
/// </summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">TCP port, normally 22.</param>
/// <param name="Username">The account the hub logs in as.</param>
/// <param name="CredentialName">The configuration entry holding the password or private key.</param>
/// <param name="RemoteInboundPath">Where the partner leaves files for the hub (the hub picks them up and removes them).</param>
/// <param name="RemoteOutboundPath">Where the hub leaves files for the partner.</param>
/// <param name="HostKeySha256">The server's host key fingerprint (<c>SHA256:…</c> as <c>ssh-keygen -l</c> prints it); the hub refuses any other key.</param>
public sealed record SftpServer(
    string Host, int Port, string Username, string CredentialName, string RemoteInboundPath, string RemoteOutboundPath, string HostKeySha256)
{
    /// <summary>The standard SSH port.</summary>
    public const int DefaultPort = 22;
}
