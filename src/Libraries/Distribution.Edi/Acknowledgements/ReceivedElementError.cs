namespace Distribution.Edi.Acknowledgements;

/// <summary>One AK4 (or IK4): an element the partner found in error.</summary>
/// <param name="Position">AK401-1, element position in the segment.</param>
/// <param name="ComponentPosition">AK401-2, component position (0 when absent).</param>
/// <param name="RepetitionPosition">AK401-3, repetition position (5010; 0 when absent).</param>
/// <param name="ReferenceNumber">AK402, the data element reference number, or "".</param>
/// <param name="Code">AK403, the element syntax error code.</param>
/// <param name="BadValue">AK404, a copy of the bad data, or "".</param>
public sealed record ReceivedElementError(
    int Position, int ComponentPosition, int RepetitionPosition, string ReferenceNumber, string Code, string BadValue);
