namespace Distribution.Edi.Reading;

/// <summary>
/// A zero-copy view of the segment the <see cref="X12Reader"/> is positioned on. It is only valid until the next
/// <see cref="X12Reader.Read"/>; call <see cref="ToSegment"/> to keep it.
/// </summary>
public readonly ref struct SegmentSpan
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<int> _starts;
    private readonly string[]? _parts;

    /// <summary>A view over <paramref name="text"/> whose parts (id, then elements) begin at
    /// <paramref name="starts"/>; each part ends one character before the next one begins.</summary>
    internal SegmentSpan(ReadOnlySpan<char> text, ReadOnlySpan<int> starts)
    {
        _text = text;
        _starts = starts;
        _parts = null;
    }

    /// <summary>A view over an already materialised segment (id first, then elements).</summary>
    internal SegmentSpan(string[] parts)
    {
        _text = default;
        _starts = default;
        _parts = parts;
    }

    /// <summary>The segment id.</summary>
    public ReadOnlySpan<char> Id => Part(0);

    /// <summary>Number of elements after the id.</summary>
    public int ElementCount => (_parts?.Length ?? _starts.Length) - 1;

    /// <summary>The segment text without its terminator.</summary>
    public ReadOnlySpan<char> Text => _parts is null ? _text : throw new InvalidOperationException("Not a text view.");

    /// <summary>The element at 1-based <paramref name="position"/>; empty when absent.</summary>
    public ReadOnlySpan<char> this[int position] => position >= 1 ? Part(position) : [];

    /// <summary>Whether the id is <paramref name="id"/>.</summary>
    public bool Is(ReadOnlySpan<char> id) => Id.SequenceEqual(id);

    /// <summary>Copies the view into a <see cref="Segment"/> that outlives the reader's buffers.</summary>
    public Segment ToSegment(X12Delimiters delimiters, EdiLocation location)
    {
        var parts = new string[ElementCount + 1];
        for (var index = 0; index < parts.Length; index++)
        {
            parts[index] = Part(index).ToString();
        }

        return new Segment(parts, delimiters, location);
    }

    private ReadOnlySpan<char> Part(int index)
    {
        if (_parts is not null)
        {
            return index < _parts.Length ? _parts[index] : [];
        }

        if (index >= _starts.Length)
        {
            return [];
        }

        var start = _starts[index];
        var end = index + 1 < _starts.Length ? _starts[index + 1] - 1 : _text.Length;
        return _text[start..end];
    }
}
