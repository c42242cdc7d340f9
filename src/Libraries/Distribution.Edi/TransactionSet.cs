namespace Distribution.Edi;

/// <summary>One transaction set (ST..SE): the unit maps work on.</summary>
public sealed class TransactionSet
{
    /// <summary>Creates a transaction set from its segments, ST first and (when present) SE last.</summary>
    /// <param name="segments">The segments ST..SE inclusive, in order.</param>
    /// <param name="version">GS08 of the enclosing group: the grammar that applies.</param>
    /// <param name="index">1-based index of the set in its group (0 when built).</param>
    /// <param name="errors">Problems found in this set.</param>
    public TransactionSet(
        IReadOnlyList<Segment> segments, string version, int index = 0, IReadOnlyList<X12Error>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0 || !segments[0].Is("ST"))
        {
            throw new ArgumentException("A transaction set starts with ST.", nameof(segments));
        }

        Segments = segments;
        Version = version;
        Index = index;
        Errors = errors ?? [];
    }

    /// <summary>All segments ST..SE inclusive, as read.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>The ST segment.</summary>
    public Segment Header => Segments[0];

    /// <summary>The SE segment, or <c>null</c> when the set was not closed.</summary>
    public Segment? Trailer => Segments.Count > 1 && Segments[^1].Is("SE") ? Segments[^1] : null;

    /// <summary>The segments between ST and SE.</summary>
    public IEnumerable<Segment> Body => Segments.Skip(1).Take(Segments.Count - (Trailer is null ? 1 : 2));

    /// <summary>ST01, the transaction set id (e.g. <c>850</c>).</summary>
    public string Id => Header[1];

    /// <summary>ST02, the transaction set control number.</summary>
    public string ControlNumber => Header[2];

    /// <summary>ST03, the implementation convention reference (5010), or "".</summary>
    public string ImplementationConventionReference => Header[3];

    /// <summary>GS08 of the enclosing group (ISA12 is not trusted for the grammar).</summary>
    public string Version { get; }

    /// <summary>1-based index of the set in its group.</summary>
    public int Index { get; }

    /// <summary>Problems found in this set (envelope, segment and element level).</summary>
    public IReadOnlyList<X12Error> Errors { get; }
}
