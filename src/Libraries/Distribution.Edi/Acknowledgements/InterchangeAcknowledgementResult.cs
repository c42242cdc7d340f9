namespace Distribution.Edi.Acknowledgements;

/// <summary>The outcome of <see cref="InterchangeAcknowledgementBuilder.Build"/>.</summary>
/// <param name="IsRequired">Whether a TA1 must be sent (ISA14 = 1, or the envelope is broken).</param>
/// <param name="Status">TA104: accepted, accepted with errors, or rejected.</param>
/// <param name="NoteCode">TA105: "000" when there is no error, otherwise the first interchange error's code.</param>
/// <param name="Segment">The TA1 segment, to be written directly under an ISA (no GS/ST).</param>
public sealed record InterchangeAcknowledgementResult(
    bool IsRequired, AcknowledgementStatus Status, string NoteCode, Segment Segment);
