namespace Distribution.Edi;

/// <summary>Span helpers for picking the n-th piece of a delimited value without splitting it.</summary>
internal static class Pieces
{
    /// <summary>The 1-based <paramref name="index"/>-th piece of <paramref name="text"/> split on
    /// <paramref name="separator"/>, or an empty span when there are fewer pieces.</summary>
    public static ReadOnlySpan<char> Nth(ReadOnlySpan<char> text, char separator, int index)
    {
        if (index < 1)
        {
            return [];
        }

        for (var current = 1; ; current++)
        {
            var end = text.IndexOf(separator);
            if (current == index)
            {
                return end < 0 ? text : text[..end];
            }

            if (end < 0)
            {
                return [];
            }

            text = text[(end + 1)..];
        }
    }

    /// <summary>Splits <paramref name="text"/> on <paramref name="separator"/> when there is one.</summary>
    public static IReadOnlyList<string> Split(string text, char? separator) =>
        separator is { } s && text.Contains(s, StringComparison.Ordinal) ? text.Split(s) : [text];
}
