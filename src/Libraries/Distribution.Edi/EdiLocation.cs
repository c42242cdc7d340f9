using System.Globalization;
using System.Text;

namespace Distribution.Edi;

/// <summary>
/// Where something sits in an X12 input: the envelope path (interchange, group, transaction set), the segment and,
/// for element problems, the element. Positions are 1-based; 0 means "not applicable" (e.g. a segment outside a set).
/// </summary>
/// <param name="InterchangeIndex">1-based index of the interchange in the input (mailbags hold several).</param>
/// <param name="InterchangeControlNumber">ISA13 of the enclosing interchange, when known.</param>
/// <param name="GroupIndex">1-based index of the functional group within its interchange.</param>
/// <param name="GroupControlNumber">GS06 of the enclosing group, when known.</param>
/// <param name="TransactionSetIndex">1-based index of the transaction set within its group.</param>
/// <param name="TransactionSetControlNumber">ST02 of the enclosing transaction set, when known.</param>
/// <param name="SegmentId">Id of the segment concerned (e.g. <c>SE</c>).</param>
/// <param name="SegmentPosition">Position of the segment in its transaction set, ST counting as 1 (AK302).</param>
/// <param name="SegmentOrdinal">1-based ordinal of the segment in the whole input.</param>
/// <param name="ElementPosition">1-based element position (AK401), 0 for the whole segment.</param>
/// <param name="ComponentPosition">1-based component position inside a composite, 0 when not a component.</param>
/// <param name="ByteOffset">0-based byte offset of the segment's first character in the input.</param>
/// <param name="Line">1-based line of the segment's first character.</param>
public readonly record struct EdiLocation(
    int InterchangeIndex,
    string? InterchangeControlNumber,
    int GroupIndex,
    string? GroupControlNumber,
    int TransactionSetIndex,
    string? TransactionSetControlNumber,
    string? SegmentId,
    int SegmentPosition,
    long SegmentOrdinal,
    int ElementPosition,
    int ComponentPosition,
    long ByteOffset,
    long Line)
{
    /// <summary>The same location narrowed to one element (and optionally one component).</summary>
    public EdiLocation AtElement(int elementPosition, int componentPosition = 0) =>
        this with { ElementPosition = elementPosition, ComponentPosition = componentPosition };

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        if (InterchangeIndex > 0)
        {
            text.Append(culture, $"interchange {InterchangeIndex} (ISA13 {InterchangeControlNumber})");
        }

        if (GroupIndex > 0)
        {
            text.Append(culture, $", group {GroupIndex} (GS06 {GroupControlNumber})");
        }

        if (TransactionSetIndex > 0)
        {
            text.Append(culture, $", transaction set {TransactionSetIndex} (ST02 {TransactionSetControlNumber})");
        }

        if (SegmentId is not null)
        {
            text.Append(culture, $", segment {SegmentId}");
        }

        if (SegmentPosition > 0)
        {
            text.Append(culture, $" at position {SegmentPosition} in the set");
        }

        if (ElementPosition > 0)
        {
            text.Append(culture, $", element {ElementPosition:00}");
            if (ComponentPosition > 0)
            {
                text.Append(culture, $"-{ComponentPosition}");
            }
        }

        text.Append(culture, $" (segment #{SegmentOrdinal} of the input, byte {ByteOffset}, line {Line})");
        return text.ToString().TrimStart(',', ' ');
    }
}
