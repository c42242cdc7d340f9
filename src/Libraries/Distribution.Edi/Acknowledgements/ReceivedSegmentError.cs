namespace Distribution.Edi.Acknowledgements;

/// <summary>One AK3 (or IK3): a segment the partner found in error, with its AK4s.</summary>
/// <param name="SegmentId">AK301.</param>
/// <param name="Position">AK302, position in the transaction set (ST = 1).</param>
/// <param name="LoopId">AK303, or "".</param>
/// <param name="Code">AK304, the segment syntax error code, or "".</param>
/// <param name="ElementErrors">The AK4s that follow.</param>
public sealed record ReceivedSegmentError(
    string SegmentId, int Position, string LoopId, string Code, IReadOnlyList<ReceivedElementError> ElementErrors);
