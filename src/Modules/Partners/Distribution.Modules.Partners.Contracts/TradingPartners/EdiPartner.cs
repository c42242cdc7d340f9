namespace Distribution.Modules.Partners.Contracts.TradingPartners;

/// <summary>When the hub answers a partner's X12 group with a 997.</summary>
public enum EdiAcknowledgementPolicy
{
    /// <summary>Never.</summary>
    None,

    /// <summary>For every group.</summary>
    Always,

    /// <summary>Only for groups with errors.</summary>
    OnError,
}

/// <summary>
/// A trading partner that exchanges X12, as the Integration module's EDI engine and transports need it: who the
/// partner is in the ISA/GS envelopes, its acknowledgement and duplicate rules, its X12 channels and where its files
/// travel.
/// </summary>
/// <param name="ProfileId">The trading-partner profile.</param>
/// <param name="PartnerId">The customer's account number or the supplier's code.</param>
/// <param name="PartnerKind"><c>customer</c> or <c>supplier</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="IsTest">True for a test partner (ISA15 = T).</param>
/// <param name="IsaQualifier">The partner's ISA05/07 qualifier.</param>
/// <param name="IsaId">The partner's ISA06/08 id, without padding.</param>
/// <param name="GsApplicationId">The partner's GS02/03 application id.</param>
/// <param name="X12Version">The version we write, e.g. <c>004010</c>.</param>
/// <param name="AcknowledgementPolicy">When we send 997s.</param>
/// <param name="DuplicateCheckWindow">How far back a resent interchange is recognised.</param>
/// <param name="AcknowledgementWindow">How long the partner has to acknowledge our groups.</param>
/// <param name="Channels">The X12 channels: document type, direction and transport.</param>
/// <param name="DropFolderPath">The partner's drop folder (absolute, or relative to <c>Edi:DropFolderRoot</c>); null for the default.</param>
/// <param name="Sftp">The partner's SFTP server, when a channel uses SFTP.</param>
public sealed record EdiPartner(
    Guid ProfileId,
    string PartnerId,
    string PartnerKind,
    string Name,
    bool IsTest,
    string IsaQualifier,
    string IsaId,
    string GsApplicationId,
    string X12Version,
    EdiAcknowledgementPolicy AcknowledgementPolicy,
    TimeSpan DuplicateCheckWindow,
    TimeSpan AcknowledgementWindow,
    IReadOnlyList<EdiChannel> Channels,
    string? DropFolderPath,
    EdiSftpServer? Sftp)
{
    /// <summary>The transport of the inbound X12 channel for <paramref name="documentType"/>, else null.</summary>
    public string? InboundTransportFor(string documentType) => TransportFor(documentType, EdiChannel.Inbound);

    /// <summary>
    /// The transport our <paramref name="documentType"/> documents go by: its outbound channel's, else that of any
    /// outbound X12 channel, else that of any inbound one (acknowledgements go back the way documents came).
    /// </summary>
    public string? OutboundTransportFor(string documentType) =>
        TransportFor(documentType, EdiChannel.Outbound)
        ?? Channels.FirstOrDefault(c => c.Direction == EdiChannel.Outbound)?.Transport
        ?? Channels.FirstOrDefault()?.Transport;

    /// <summary>Every transport some channel uses.</summary>
    public IEnumerable<string> Transports => Channels.Select(c => c.Transport).Distinct(StringComparer.Ordinal);

    private string? TransportFor(string documentType, string direction) =>
        Channels.FirstOrDefault(c => c.DocumentType == documentType && c.Direction == direction)?.Transport;
}

/// <summary>One X12 channel of a partner.</summary>
/// <param name="DocumentType">The transaction set, e.g. <c>850</c>.</param>
/// <param name="Direction"><see cref="Inbound"/> or <see cref="Outbound"/>.</param>
/// <param name="Transport"><see cref="DropFolder"/>, <see cref="SftpTransport"/> or <see cref="Http"/>.</param>
public sealed record EdiChannel(string DocumentType, string Direction, string Transport)
{
    /// <summary>Partner → hub.</summary>
    public const string Inbound = "inbound";

    /// <summary>Hub → partner.</summary>
    public const string Outbound = "outbound";

    /// <summary>Files in a folder on the hub's file system.</summary>
    public const string DropFolder = "drop-folder";

    /// <summary>Files on the partner's SFTP server.</summary>
    public const string SftpTransport = "sftp";

    /// <summary>HTTP upload to and download from the hub's API.</summary>
    public const string Http = "http";
}

/// <summary>A partner's SFTP server (the secret is in configuration under <c>Edi:SftpCredentials:{CredentialName}</c>).</summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">TCP port.</param>
/// <param name="Username">The account the hub logs in as.</param>
/// <param name="CredentialName">The configured credential's name.</param>
/// <param name="RemoteInboundPath">Where the partner leaves files for the hub.</param>
/// <param name="RemoteOutboundPath">Where the hub leaves files for the partner.</param>
/// <param name="HostKeySha256">The server's host key fingerprint (<c>SHA256:…</c>).</param>
public sealed record EdiSftpServer(
    string Host, int Port, string Username, string CredentialName, string RemoteInboundPath, string RemoteOutboundPath, string HostKeySha256);
