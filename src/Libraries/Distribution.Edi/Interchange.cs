namespace Distribution.Edi;

/// <summary>One interchange (ISA..IEA) with its own delimiters.</summary>
public sealed class Interchange
{
    /// <summary>Creates an interchange.</summary>
    /// <param name="header">The ISA segment.</param>
    /// <param name="controlSegments">Segments directly under the ISA (TA1), in order.</param>
    /// <param name="groups">The functional groups.</param>
    /// <param name="trailer">The IEA segment, or <c>null</c> when missing.</param>
    /// <param name="index">1-based index of the interchange in its input (0 when built).</param>
    /// <param name="errors">Every problem found in the interchange.</param>
    public Interchange(
        Segment header,
        IReadOnlyList<Segment> controlSegments,
        IReadOnlyList<FunctionalGroup> groups,
        Segment? trailer,
        int index = 0,
        IReadOnlyList<X12Error>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(controlSegments);
        ArgumentNullException.ThrowIfNull(groups);
        if (!header.Is("ISA"))
        {
            throw new ArgumentException("An interchange starts with ISA.", nameof(header));
        }

        Header = header;
        ControlSegments = controlSegments;
        Groups = groups;
        Trailer = trailer;
        Index = index;
        Errors = errors ?? [];
    }

    /// <summary>The ISA segment.</summary>
    public Segment Header { get; }

    /// <summary>The IEA segment, or <c>null</c> when missing.</summary>
    public Segment? Trailer { get; }

    /// <summary>Segments directly under the ISA, outside any group (TA1 acknowledgements).</summary>
    public IReadOnlyList<Segment> ControlSegments { get; }

    /// <summary>The functional groups in order.</summary>
    public IReadOnlyList<FunctionalGroup> Groups { get; }

    /// <summary>The delimiters this interchange declared in its ISA.</summary>
    public X12Delimiters Delimiters => Header.Delimiters;

    /// <summary>ISA01/ISA02 authorization qualifier.</summary>
    public string AuthorizationQualifier => Header[1];

    /// <summary>ISA02 authorization information (padded to 10).</summary>
    public string AuthorizationInformation => Header[2];

    /// <summary>ISA03 security information qualifier.</summary>
    public string SecurityQualifier => Header[3];

    /// <summary>ISA04 security information (padded to 10).</summary>
    public string SecurityInformation => Header[4];

    /// <summary>ISA05, the sender id qualifier (01 DUNS, 12 phone, ZZ mutually defined, ...).</summary>
    public string SenderQualifier => Header[5];

    /// <summary>ISA06, the sender id without its padding.</summary>
    public string SenderId => Header[6].Trim();

    /// <summary>ISA07, the receiver id qualifier.</summary>
    public string ReceiverQualifier => Header[7];

    /// <summary>ISA08, the receiver id without its padding.</summary>
    public string ReceiverId => Header[8].Trim();

    /// <summary>ISA09, the interchange date (YYMMDD).</summary>
    public string Date => Header[9];

    /// <summary>ISA10, the interchange time (HHMM).</summary>
    public string Time => Header[10];

    /// <summary>ISA11 as written: the standards identifier (U) before 00402, the repetition separator after.</summary>
    public string StandardsIdentifierOrRepetition => Header[11];

    /// <summary>ISA12, the interchange control version (may disagree with GS08, which wins for the grammar).</summary>
    public string Version => Header[12];

    /// <summary>ISA13, the interchange control number.</summary>
    public string ControlNumber => Header[13];

    /// <summary>ISA14 = 1: the sender asks for a TA1.</summary>
    public bool AcknowledgmentRequested => Header[14] == "1";

    /// <summary>ISA15, the usage indicator: P production, T test.</summary>
    public string UsageIndicator => Header[15];

    /// <summary>Whether ISA15 marks a test interchange.</summary>
    public bool IsTest => UsageIndicator == "T";

    /// <summary>1-based index of the interchange in its input.</summary>
    public int Index { get; }

    /// <summary>Every problem found in the interchange, its groups and sets included.</summary>
    public IReadOnlyList<X12Error> Errors { get; }

    /// <summary>Every transaction set of every group, in order.</summary>
    public IEnumerable<TransactionSet> TransactionSets => Groups.SelectMany(group => group.TransactionSets);

    /// <summary>Every segment ISA..IEA in order.</summary>
    public IEnumerable<Segment> AllSegments()
    {
        yield return Header;
        foreach (var segment in ControlSegments.Concat(Groups.SelectMany(group => group.AllSegments())))
        {
            yield return segment;
        }

        if (Trailer is not null)
        {
            yield return Trailer;
        }
    }
}
