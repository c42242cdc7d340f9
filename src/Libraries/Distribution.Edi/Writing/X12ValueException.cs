namespace Distribution.Edi.Writing;

/// <summary>
/// Thrown when a value cannot be written as is: X12 has no escape character, so a value holding a delimiter in
/// use (or a line break, which readers take for wrapping) would corrupt the document. Clean the value first.
/// </summary>
public sealed class X12ValueException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public X12ValueException(string segmentId, int elementPosition, string value, string problem)
        : base($"{segmentId}{elementPosition:00} value '{value}' {problem}.")
    {
        SegmentId = segmentId;
        ElementPosition = elementPosition;
        Value = value;
    }

    /// <summary>The segment being written.</summary>
    public string SegmentId { get; }

    /// <summary>1-based position of the refused element.</summary>
    public int ElementPosition { get; }

    /// <summary>The refused value.</summary>
    public string Value { get; }
}
