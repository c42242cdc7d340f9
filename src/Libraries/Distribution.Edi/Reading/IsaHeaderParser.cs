using System.Globalization;

namespace Distribution.Edi.Reading;

/// <summary>
/// Reads the delimiters from an ISA. The ISA is fixed width (106 characters): the element separator follows "ISA",
/// ISA16 (character 105) is the component separator and character 106 the terminator. Line breaks that are not the
/// terminator are dropped first, because files hard-wrapped at 80 columns break inside the ISA itself.
/// </summary>
internal static class IsaHeaderParser
{
    /// <summary>How many raw characters an ISA may need, line breaks and padding mistakes included.</summary>
    public const int Lookahead = 1024;

    private const int ElementCount = 16;
    private const int MinimumRepetitionVersion = 402;

    private static readonly int[] FixedSeparatorPositions = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];

    /// <summary>Parses the ISA at the start of <paramref name="raw"/> and writes its clean text to
    /// <paramref name="clean"/> (at least <paramref name="raw"/>'s length).</summary>
    /// <exception cref="X12FormatException">The ISA is truncated or its delimiters cannot be told apart.</exception>
    public static IsaHeader Parse(ReadOnlySpan<char> raw, Span<char> clean, long byteOffset, long line)
    {
        raw = raw[..Math.Min(raw.Length, Lookahead)];
        Span<int> rawIndexOf = stackalloc int[raw.Length];
        var cleanLength = 0;
        for (var index = 0; index < raw.Length; index++)
        {
            if (raw[index] is not ('\r' or '\n'))
            {
                rawIndexOf[cleanLength] = index;
                clean[cleanLength++] = raw[index];
            }
        }

        var text = clean[..cleanLength];
        var elementSeparator = text[3];
        Span<int> separators = stackalloc int[ElementCount];
        var found = 0;
        for (var index = 3; index < text.Length && found < ElementCount; index++)
        {
            if (text[index] == elementSeparator)
            {
                separators[found++] = index;
            }
        }

        var componentIndex = found == ElementCount ? separators[^1] + 1 : int.MaxValue;
        if (componentIndex >= text.Length)
        {
            throw new X12FormatException(
                $"The ISA is truncated: found {found} of its {ElementCount} element separators " +
                $"{X12Delimiters.Describe(elementSeparator)} and no component separator", byteOffset, line);
        }

        var (terminator, terminatorIndex) = FindTerminator(raw, rawIndexOf[componentIndex] + 1, byteOffset, line);
        var component = text[componentIndex];
        if (component == elementSeparator || terminator == elementSeparator || terminator == component)
        {
            throw new X12FormatException(
                $"The ISA delimiters are not distinct: element {X12Delimiters.Describe(elementSeparator)}, " +
                $"component {X12Delimiters.Describe(component)}, segment {X12Delimiters.Describe(terminator)}",
                byteOffset, line);
        }

        var repetition = RepetitionSeparator(
            Element(text, separators, 11), Element(text, separators, 12), elementSeparator, component, terminator);
        var isFixedWidth = componentIndex == 104 && separators.SequenceEqual(FixedSeparatorPositions);
        return new IsaHeader(
            new X12Delimiters(elementSeparator, component, terminator, repetition),
            componentIndex + 1,
            terminatorIndex + 1,
            isFixedWidth);
    }

    // Character 106 is the terminator. A line break there is the terminator itself when a segment (or the end)
    // follows it; otherwise it is a wrap and the terminator is the next character after the line breaks.
    private static (char Terminator, int Index) FindTerminator(ReadOnlySpan<char> raw, int index, long byteOffset, long line)
    {
        if (index >= raw.Length)
        {
            throw new X12FormatException("The ISA ends before its segment terminator", byteOffset, line);
        }

        if (raw[index] is not ('\r' or '\n'))
        {
            return (raw[index], index);
        }

        var next = index;
        while (next < raw.Length && raw[next] is '\r' or '\n')
        {
            next++;
        }

        return next >= raw.Length || char.IsAsciiLetterOrDigit(raw[next]) || raw[next] == ' '
            ? (raw[index], index)
            : (raw[next], next);
    }

    // ISA11 is the repetition separator from version 00402 on, unless it is a letter, digit or space ("U", " ").
    private static char? RepetitionSeparator(
        ReadOnlySpan<char> isa11, ReadOnlySpan<char> isa12, char element, char component, char terminator)
    {
        if (isa11.Length != 1 || char.IsAsciiLetterOrDigit(isa11[0]) || isa11[0] == ' ' ||
            !int.TryParse(isa12, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ||
            version < MinimumRepetitionVersion)
        {
            return null;
        }

        var candidate = isa11[0];
        return candidate == element || candidate == component || candidate == terminator ? null : candidate;
    }

    private static ReadOnlySpan<char> Element(ReadOnlySpan<char> text, ReadOnlySpan<int> separators, int position) =>
        text[(separators[position - 1] + 1)..separators[position]];
}
