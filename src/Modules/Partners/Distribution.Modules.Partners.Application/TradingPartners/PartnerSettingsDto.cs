using Distribution.Modules.Partners.Domain.TradingPartners;

namespace Distribution.Modules.Partners.Application.TradingPartners;

/// <summary>How documents are exchanged with a partner (a profile's settings, or a template's defaults).</summary>
/// <param name="Environment"><c>test</c> or <c>production</c>.</param>
/// <param name="IsaQualifier">ISA05/07 qualifier, e.g. <c>ZZ</c> (needed when any channel is X12).</param>
/// <param name="IsaId">ISA06/08 interchange id, up to 15 characters.</param>
/// <param name="GsApplicationId">GS02/03 application id.</param>
/// <param name="X12Version">X12 version, e.g. <c>004010</c>.</param>
/// <param name="AcknowledgementPolicy">997 policy: <c>none</c>, <c>always</c> or <c>on-error</c>.</param>
/// <param name="DuplicateCheckWindowHours">How far back (hours) a resent document counts as a duplicate.</param>
/// <param name="PreferredIdentifier"><c>sku</c>, <c>gtin</c>, <c>vendor-part</c> or <c>buyer-part</c>.</param>
/// <param name="PreferredUnit">Unit the partner orders in, e.g. <c>EA</c>.</param>
/// <param name="Documents">One channel per document type and direction.</param>
/// <param name="AcknowledgementWindowHours">Hours the partner has to answer our X12 groups with a 997 before they are reported overdue (default 24).</param>
/// <param name="Endpoints">Where drop-folder and SFTP channels exchange files (SFTP channels need it).</param>
public sealed record PartnerSettingsDto(
    string Environment, string? IsaQualifier, string? IsaId, string? GsApplicationId, string? X12Version, string AcknowledgementPolicy,
    int DuplicateCheckWindowHours, string PreferredIdentifier, string PreferredUnit, IReadOnlyList<DocumentChannelDto> Documents,
    int AcknowledgementWindowHours = PartnerSettings.DefaultAcknowledgementWindowHours, PartnerTransportsDto? Endpoints = null)
{
    internal static PartnerSettingsDto From(PartnerSettings s) => new(
        SettingNames.Of(s.Environment), s.IsaQualifier, s.IsaId, s.GsApplicationId, s.X12Version, SettingNames.Of(s.AcknowledgementPolicy),
        s.DuplicateCheckWindowHours, s.PreferredIdentifier, s.PreferredUnit,
        s.Documents.Select(d => new DocumentChannelDto(d.DocumentType, d.Direction, d.Protocol, d.Transport)).ToList(),
        s.AcknowledgementWindowHours, PartnerTransportsDto.From(s.Endpoints));

    internal PartnerSettings ToDomain() => new(
        SettingNames.ParseEnvironment(Environment)!.Value, Blank(IsaQualifier), Blank(IsaId), Blank(GsApplicationId), Blank(X12Version),
        SettingNames.ParseAcknowledgementPolicy(AcknowledgementPolicy)!.Value, DuplicateCheckWindowHours, PreferredIdentifier.Trim(),
        PreferredUnit.Trim().ToUpperInvariant(),
        Documents.Select(d => new DocumentChannel(d.DocumentType.Trim(), d.Direction.Trim().ToLowerInvariant(),
            d.Protocol.Trim().ToLowerInvariant(), Blank(d.Transport)?.ToLowerInvariant())).ToList(),
        AcknowledgementWindowHours, Endpoints?.ToDomain());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>How one document type travels.</summary>
/// <param name="DocumentType">X12 set (<c>850</c>, <c>855</c>, <c>856</c>, <c>810</c>, <c>846</c>, <c>832</c>, <c>997</c>) or a name (<c>orders</c>, <c>inventory</c>, <c>prices</c>, <c>events</c>).</param>
/// <param name="Direction"><c>inbound</c> (partner → hub) or <c>outbound</c> (hub → partner).</param>
/// <param name="Protocol"><c>rest</c>, <c>webhook</c>, <c>x12</c> or <c>csv</c>.</param>
/// <param name="Transport">X12: <c>drop-folder</c>, <c>sftp</c> or <c>http</c>; CSV: <c>drop-folder</c> or <c>sftp</c>; REST and webhook: none.</param>
public sealed record DocumentChannelDto(string DocumentType, string Direction, string Protocol, string? Transport);

/// <summary>Client-facing names of the settings' enumerations.</summary>
public static class SettingNames
{
    /// <summary>Environment names.</summary>
    public static IReadOnlyList<string> Environments { get; } = ["test", "production"];

    /// <summary>997 policy names.</summary>
    public static IReadOnlyList<string> AcknowledgementPolicies { get; } = ["none", "always", "on-error"];

    /// <summary>Partner kind names.</summary>
    public static IReadOnlyList<string> PartnerKinds { get; } = ["customer", "supplier"];

    /// <summary>The name of an environment.</summary>
    public static string Of(PartnerEnvironment value) => value == PartnerEnvironment.Production ? "production" : "test";

    /// <summary>The name of a 997 policy.</summary>
    public static string Of(AcknowledgementPolicy value) => value switch
    {
        AcknowledgementPolicy.Always => "always",
        AcknowledgementPolicy.OnError => "on-error",
        _ => "none",
    };

    /// <summary>The name of a partner kind.</summary>
    public static string Of(PartnerKind value) => value == PartnerKind.Supplier ? "supplier" : "customer";

    /// <summary>Parses an environment name; null when unknown.</summary>
    public static PartnerEnvironment? ParseEnvironment(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "test" => PartnerEnvironment.Test,
        "production" => PartnerEnvironment.Production,
        _ => null,
    };

    /// <summary>Parses a 997 policy name; null when unknown.</summary>
    public static AcknowledgementPolicy? ParseAcknowledgementPolicy(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "none" => AcknowledgementPolicy.None,
        "always" => AcknowledgementPolicy.Always,
        "on-error" => AcknowledgementPolicy.OnError,
        _ => null,
    };

    /// <summary>Parses a partner kind name; null when unknown.</summary>
    public static PartnerKind? ParsePartnerKind(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "customer" => PartnerKind.Customer,
        "supplier" => PartnerKind.Supplier,
        _ => null,
    };
}
