namespace Distribution.Modules.Partners.Domain.TradingPartners;

/// <summary>Which of the distributor's partners a profile or template is for.</summary>
public enum PartnerKind
{
    /// <summary>A customer (retailer, reseller, ecommerce portal).</summary>
    Customer,

    /// <summary>A supplier (incl. drop-ship).</summary>
    Supplier,
}

/// <summary>Whether documents exchanged are tests (ISA15 = T) or real business (P).</summary>
public enum PartnerEnvironment
{
    /// <summary>Test: documents are processed but flagged; nothing ships.</summary>
    Test,

    /// <summary>Production.</summary>
    Production,
}

/// <summary>When the hub answers an inbound X12 group with a 997 functional acknowledgement.</summary>
public enum AcknowledgementPolicy
{
    /// <summary>Never.</summary>
    None,

    /// <summary>For every group.</summary>
    Always,

    /// <summary>Only when a group has errors.</summary>
    OnError,
}

/// <summary>How one document type travels between the hub and the partner.</summary>
/// <param name="DocumentType">X12 set (<c>850</c>, <c>855</c>, <c>856</c>, <c>810</c>, <c>846</c>, <c>832</c>) or a name (<c>orders</c>, <c>inventory</c>, <c>prices</c>, <c>events</c>).</param>
/// <param name="Direction"><c>inbound</c> (partner → hub) or <c>outbound</c> (hub → partner).</param>
/// <param name="Protocol"><c>rest</c>, <c>webhook</c>, <c>x12</c> or <c>csv</c>.</param>
/// <param name="Transport">For X12: <c>drop-folder</c>, <c>sftp</c> or <c>http</c>; for CSV: <c>drop-folder</c> or <c>sftp</c>; none for REST and webhooks.</param>
public sealed record DocumentChannel(string DocumentType, string Direction, string Protocol, string? Transport)
{
    /// <summary>Known protocols and the transports each allows.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> TransportsByProtocol { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["rest"] = [],
        ["webhook"] = [],
        ["x12"] = ["drop-folder", "sftp", "http"],
        ["csv"] = ["drop-folder", "sftp"],
    };

    /// <summary>Known directions.</summary>
    public static IReadOnlyList<string> Directions { get; } = ["inbound", "outbound"];

    /// <summary>True when protocol and transport fit together.</summary>
    public bool TransportFitsProtocol() =>
        TransportsByProtocol.TryGetValue(Protocol, out var transports)
        && (transports.Count == 0 ? Transport is null : Transport is not null && transports.Contains(Transport));
}

/// <summary>
/// Everything a trading-partner profile configures beyond who the partner is: environment, EDI envelope ids,
/// acknowledgements, duplicate detection, preferred identifiers and units, and one channel per document type.
/// Templates hold the same settings as defaults.
/// </summary>
/// <param name="Environment">Test or production.</param>
/// <param name="IsaQualifier">ISA05/07 qualifier (e.g. <c>ZZ</c>, <c>01</c>, <c>12</c>).</param>
/// <param name="IsaId">ISA06/08 interchange id (up to 15 characters).</param>
/// <param name="GsApplicationId">GS02/03 application id.</param>
/// <param name="X12Version">X12 version, e.g. <c>004010</c>.</param>
/// <param name="AcknowledgementPolicy">When to send a 997.</param>
/// <param name="DuplicateCheckWindowHours">How far back a resent document is recognised as a duplicate.</param>
/// <param name="PreferredIdentifier"><c>sku</c>, <c>gtin</c>, <c>vendor-part</c> or <c>buyer-part</c>.</param>
/// <param name="PreferredUnit">Unit of measure the partner orders in (e.g. <c>EA</c>, <c>CS</c>).</param>
/// <param name="Documents">One channel per document type and direction.</param>
/// <param name="AcknowledgementWindowHours">How long the partner has to answer our X12 groups with a 997 before the
/// group is reported as overdue.</param>
/// <param name="Endpoints">Where drop-folder and SFTP channels put and take files; null when none is used.</param>
public sealed record PartnerSettings(
    PartnerEnvironment Environment, string? IsaQualifier, string? IsaId, string? GsApplicationId, string? X12Version,
    AcknowledgementPolicy AcknowledgementPolicy, int DuplicateCheckWindowHours, string PreferredIdentifier, string PreferredUnit,
    IReadOnlyList<DocumentChannel> Documents, int AcknowledgementWindowHours = PartnerSettings.DefaultAcknowledgementWindowHours,
    PartnerTransports? Endpoints = null)
{
    /// <summary>The acknowledgement window when none is given: one day.</summary>
    public const int DefaultAcknowledgementWindowHours = 24;

    /// <summary>Identifiers a partner can prefer.</summary>
    public static IReadOnlyList<string> Identifiers { get; } = ["sku", "gtin", "vendor-part", "buyer-part"];

    /// <summary>True when some document travels as X12.</summary>
    public bool UsesX12 => Documents.Any(d => d.Protocol == "x12");

    /// <summary>True when some channel travels by <paramref name="transport"/> (<c>drop-folder</c>, <c>sftp</c>, <c>http</c>).</summary>
    public bool UsesTransport(string transport) => Documents.Any(d => d.Transport == transport);
}
