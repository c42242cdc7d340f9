namespace Distribution.Edi;

/// <summary>One functional group (GS..GE): the unit a 997 acknowledges.</summary>
public sealed class FunctionalGroup
{
    /// <summary>Creates a functional group.</summary>
    /// <param name="header">The GS segment.</param>
    /// <param name="transactionSets">The sets it holds.</param>
    /// <param name="trailer">The GE segment, or <c>null</c> when the group was not closed.</param>
    /// <param name="index">1-based index of the group in its interchange (0 when built).</param>
    /// <param name="errors">Problems found in this group, its sets included.</param>
    public FunctionalGroup(
        Segment header,
        IReadOnlyList<TransactionSet> transactionSets,
        Segment? trailer,
        int index = 0,
        IReadOnlyList<X12Error>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(transactionSets);
        if (!header.Is("GS"))
        {
            throw new ArgumentException("A functional group starts with GS.", nameof(header));
        }

        Header = header;
        TransactionSets = transactionSets;
        Trailer = trailer;
        Index = index;
        Errors = errors ?? [];
    }

    /// <summary>The GS segment.</summary>
    public Segment Header { get; }

    /// <summary>The GE segment, or <c>null</c> when missing.</summary>
    public Segment? Trailer { get; }

    /// <summary>The transaction sets in order.</summary>
    public IReadOnlyList<TransactionSet> TransactionSets { get; }

    /// <summary>GS01, the functional identifier (PO, IN, SH, FA, ...).</summary>
    public string FunctionalIdentifier => Header[1];

    /// <summary>GS02, the application sender code (padding trimmed).</summary>
    public string ApplicationSender => Header[2].Trim();

    /// <summary>GS03, the application receiver code (padding trimmed).</summary>
    public string ApplicationReceiver => Header[3].Trim();

    /// <summary>GS04, the group date (CCYYMMDD; YYMMDD in 003xxx).</summary>
    public string Date => Header[4];

    /// <summary>GS05, the group time.</summary>
    public string Time => Header[5];

    /// <summary>GS06, the group control number.</summary>
    public string ControlNumber => Header[6];

    /// <summary>GS07, the responsible agency code (X).</summary>
    public string ResponsibleAgency => Header[7];

    /// <summary>GS08, the version/release/industry code that decides the grammar (e.g. 004010VICS).</summary>
    public string Version => Header[8];

    /// <summary>1-based index of the group in its interchange.</summary>
    public int Index { get; }

    /// <summary>Problems found in this group, including those of its transaction sets.</summary>
    public IReadOnlyList<X12Error> Errors { get; }

    /// <summary>GS, the sets' segments and GE, in order.</summary>
    public IEnumerable<Segment> AllSegments()
    {
        yield return Header;
        foreach (var segment in TransactionSets.SelectMany(set => set.Segments))
        {
            yield return segment;
        }

        if (Trailer is not null)
        {
            yield return Trailer;
        }
    }
}
