namespace Distribution.Modules.Integration.Application.Edi;

/// <summary>
/// The two ends of an X12 exchange as the ISA envelope names them: our interchange id qualifier and id, and the
/// trading partner's. Outbound, we are ISA05/06 and they are ISA07/08; inbound, the other way round. Ids are
/// compared as given after trimming the ISA padding, so create pairs with <see cref="Create"/>.
/// </summary>
/// <param name="OurQualifier">Our interchange id qualifier (ISA05 outbound / ISA07 inbound), e.g. <c>ZZ</c>.</param>
/// <param name="OurId">Our interchange id, without padding.</param>
/// <param name="TheirQualifier">The partner's interchange id qualifier.</param>
/// <param name="TheirId">The partner's interchange id, without padding.</param>
public sealed record PartnerPair(string OurQualifier, string OurId, string TheirQualifier, string TheirId)
{
    /// <summary>Longest interchange id qualifier (ISA05/ISA07).</summary>
    public const int QualifierMaxLength = 2;

    /// <summary>Longest interchange id (ISA06/ISA08).</summary>
    public const int IdMaxLength = 15;

    /// <summary>A pair with the ISA padding trimmed; throws when a part is blank or too long.</summary>
    public static PartnerPair Create(string ourQualifier, string ourId, string theirQualifier, string theirId) => new(
        Part(ourQualifier, QualifierMaxLength, nameof(ourQualifier)),
        Part(ourId, IdMaxLength, nameof(ourId)),
        Part(theirQualifier, QualifierMaxLength, nameof(theirQualifier)),
        Part(theirId, IdMaxLength, nameof(theirId)));

    /// <inheritdoc />
    public override string ToString() => $"{OurQualifier}:{OurId}<->{TheirQualifier}:{TheirId}";

    private static string Part(string value, int maxLength, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.Length > maxLength)
        {
            throw new ArgumentException($"Must be 1 to {maxLength} characters (ISA padding aside), was '{value}'.", name);
        }

        return trimmed;
    }
}
