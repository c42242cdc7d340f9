namespace Distribution.Edi.Envelopes;

/// <summary>Where a segment starts in the raw input, independent of the envelope it sits in.</summary>
/// <param name="Ordinal">1-based ordinal of the segment in the input.</param>
/// <param name="ByteOffset">0-based byte offset of its first character.</param>
/// <param name="Line">1-based line of its first character.</param>
internal readonly record struct PhysicalPosition(long Ordinal, long ByteOffset, long Line);
