namespace Distribution.Edi.Reading;

/// <summary>Tells what an input is from its first characters, so non-X12 input gets a typed answer.</summary>
internal static class InputSniffer
{
    /// <summary>Whether <paramref name="text"/> starts an ISA segment: "ISA" followed by a separator that is not a
    /// letter or digit (so data such as "ISAAC" is not mistaken for a header).</summary>
    public static bool StartsWithIsa(ReadOnlySpan<char> text) =>
        text.Length >= 4 && text.StartsWith("ISA", StringComparison.Ordinal) && !char.IsAsciiLetterOrDigit(text[3]) &&
        !char.IsWhiteSpace(text[3]);

    /// <summary>The format an input starting with <paramref name="text"/> (not an ISA) most likely has.</summary>
    public static EdiFormat Detect(ReadOnlySpan<char> text) =>
        text.StartsWith("UNA", StringComparison.Ordinal) || text.StartsWith("UNB", StringComparison.Ordinal)
            ? EdiFormat.Edifact
            : EdiFormat.Unknown;
}
