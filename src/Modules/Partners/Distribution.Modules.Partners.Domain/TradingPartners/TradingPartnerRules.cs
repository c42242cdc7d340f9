using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Partners.Domain.TradingPartners;

/// <summary>X12 cannot be routed without envelope ids: any X12 channel needs the ISA qualifier and id and the GS id.</summary>
public sealed class X12ChannelsNeedEnvelopeIdsRule(PartnerSettings settings) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => settings.UsesX12
        && (string.IsNullOrWhiteSpace(settings.IsaQualifier) || string.IsNullOrWhiteSpace(settings.IsaId)
            || string.IsNullOrWhiteSpace(settings.GsApplicationId) || string.IsNullOrWhiteSpace(settings.X12Version));

    /// <inheritdoc />
    public string Message => "A partner exchanging X12 needs an ISA qualifier, ISA id, GS application id and X12 version.";

    /// <inheritdoc />
    public string Code => "partners.x12-envelope-ids-missing";
}

/// <summary>Each channel's transport must suit its protocol (X12 over a drop folder, SFTP or HTTP; CSV over a drop folder or SFTP).</summary>
public sealed class ChannelTransportMustSuitProtocolRule(PartnerSettings settings) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => settings.Documents.Any(d => !d.TransportFitsProtocol());

    /// <inheritdoc />
    public string Message => "A channel's transport does not suit its protocol: X12 travels by drop-folder, sftp or http, "
        + "CSV by drop-folder or sftp, REST and webhooks need none.";

    /// <inheritdoc />
    public string Code => "partners.channel-transport-unsuitable";
}

/// <summary>One channel per document type and direction, or routing would be ambiguous.</summary>
public sealed class OneChannelPerDocumentRule(PartnerSettings settings) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() =>
        settings.Documents.GroupBy(d => (d.DocumentType, d.Direction)).Any(g => g.Count() > 1);

    /// <inheritdoc />
    public string Message => "Each document type may have one channel per direction.";

    /// <inheritdoc />
    public string Code => "partners.channel-repeated";
}
