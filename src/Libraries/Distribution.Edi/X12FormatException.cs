namespace Distribution.Edi;

/// <summary>
/// Thrown only when an ISA header cannot be read at all: without it the delimiters are unknown, so nothing after
/// it can be tokenised. Every other problem is reported as an <see cref="X12Error"/> instead.
/// </summary>
public sealed class X12FormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public X12FormatException(string message, long byteOffset, long line)
        : base($"{message} (byte {byteOffset}, line {line})")
    {
        ByteOffset = byteOffset;
        Line = line;
    }

    /// <summary>0-based byte offset of the unreadable ISA.</summary>
    public long ByteOffset { get; }

    /// <summary>1-based line of the unreadable ISA.</summary>
    public long Line { get; }
}
