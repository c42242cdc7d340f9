namespace Distribution.Edi;

/// <summary>
/// One X12 segment as read or built: its id and its elements, addressed by 1-based position like the standard
/// does (<c>seg[3]</c> is BEG03). Positions past the end read as empty strings, so maps can probe optional
/// elements without bounds checks.
/// </summary>
public sealed class Segment
{
    private readonly string[] _parts;

    /// <summary>Creates a segment from its id and element values (element values may contain the component and
    /// repetition separators of <paramref name="delimiters"/> to express composites and repeats).</summary>
    public Segment(string id, IEnumerable<string> elements, X12Delimiters delimiters, EdiLocation location = default)
        : this([id, .. elements], delimiters, location)
    {
    }

    /// <summary>Wraps <paramref name="parts"/> (id first, then the elements) without copying.</summary>
    internal Segment(string[] parts, X12Delimiters delimiters, EdiLocation location)
    {
        ArgumentNullException.ThrowIfNull(delimiters);
        if (parts.Length == 0 || string.IsNullOrEmpty(parts[0]))
        {
            throw new ArgumentException("A segment needs an id.", nameof(parts));
        }

        _parts = parts;
        Delimiters = delimiters;
        Location = location;
    }

    /// <summary>The segment id (tag), e.g. <c>BEG</c>.</summary>
    public string Id => _parts[0];

    /// <summary>Number of elements present (trailing empty elements included as read).</summary>
    public int ElementCount => _parts.Length - 1;

    /// <summary>The element values in order (position 1 first).</summary>
    public IReadOnlyList<string> Elements => new ArraySegment<string>(_parts, 1, _parts.Length - 1);

    /// <summary>The delimiters of the interchange this segment belongs to.</summary>
    public X12Delimiters Delimiters { get; }

    /// <summary>Where the segment was read (default for built segments).</summary>
    public EdiLocation Location { get; }

    /// <summary>The element at 1-based <paramref name="position"/>, or "" when absent.</summary>
    public string this[int position] => Element(position);

    /// <summary>The element at 1-based <paramref name="position"/>, or "" when absent.</summary>
    public string Element(int position) => position >= 1 && position < _parts.Length ? _parts[position] : "";

    /// <summary>Component <paramref name="component"/> of the first repetition of element
    /// <paramref name="position"/> (both 1-based); "" when absent.</summary>
    public string Component(int position, int component) => Component(position, component, 1);

    /// <summary>Component <paramref name="component"/> of repetition <paramref name="repetition"/> of element
    /// <paramref name="position"/> (all 1-based); "" when absent.</summary>
    public string Component(int position, int component, int repetition)
    {
        var value = Repetition(position, repetition);
        if (IsEnvelopeHeader)
        {
            return component == 1 ? value : "";
        }

        return Pieces.Nth(value, Delimiters.Component, component).ToString();
    }

    /// <summary>Repetition <paramref name="repetition"/> (1-based) of element <paramref name="position"/>;
    /// the whole element when the interchange has no repetition separator.</summary>
    public string Repetition(int position, int repetition)
    {
        var value = Element(position);
        if (Delimiters.Repetition is not { } separator || IsEnvelopeHeader)
        {
            return repetition == 1 ? value : "";
        }

        return Pieces.Nth(value, separator, repetition).ToString();
    }

    /// <summary>All repetitions of element <paramref name="position"/> (one entry when it does not repeat).</summary>
    public IReadOnlyList<string> Repetitions(int position) =>
        IsEnvelopeHeader ? [Element(position)] : Pieces.Split(Element(position), Delimiters.Repetition);

    /// <summary>All components of repetition <paramref name="repetition"/> of element <paramref name="position"/>.</summary>
    public IReadOnlyList<string> Components(int position, int repetition = 1) =>
        IsEnvelopeHeader
            ? [Repetition(position, repetition)]
            : Pieces.Split(Repetition(position, repetition), Delimiters.Component);

    /// <summary>Whether this is the segment with id <paramref name="id"/> (ordinal comparison).</summary>
    public bool Is(string id) => string.Equals(Id, id, StringComparison.Ordinal);

    /// <summary>The segment in X12 syntax with its delimiters, terminator included.</summary>
    public override string ToString() => string.Join(Delimiters.Element, _parts) + Delimiters.Segment;

    // ISA11 and ISA16 hold the separators themselves, so ISA elements are never split.
    private bool IsEnvelopeHeader => Id == "ISA";
}
