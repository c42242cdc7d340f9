namespace Distribution.Edi.Reading;

/// <summary>
/// Builds the Interchange → FunctionalGroup → TransactionSet model from segments in input order, tolerating
/// missing trailers, and hands each level the errors whose location falls inside it.
/// </summary>
internal sealed class InterchangeAssembler
{
    private readonly List<Segment> _controlSegments = [];
    private readonly List<GroupDraft> _groups = [];
    private Segment? _header;
    private Segment? _trailer;
    private GroupDraft? _group;
    private List<Segment>? _set;

    /// <summary>Whether an interchange has been started and not yet completed.</summary>
    public bool IsOpen => _header is not null;

    /// <summary>Adds the next segment.</summary>
    public void Add(Segment segment)
    {
        switch (segment.Id)
        {
            case "ISA":
                _header = segment;
                break;
            case "GS":
                _set = null;
                _group = new GroupDraft(segment);
                _groups.Add(_group);
                break;
            case "ST":
                _set = [segment];
                (_group ??= OrphanGroup(segment)).Sets.Add(_set);
                break;
            case "SE":
                _set?.Add(segment);
                _set = null;
                break;
            case "GE":
                _set = null;
                _group?.Close(segment);
                _group = null;
                break;
            case "IEA":
                _set = null;
                _group = null;
                _trailer = segment;
                break;
            default:
                (_set ?? _controlSegments).Add(segment);
                break;
        }
    }

    /// <summary>Builds the interchange read so far and resets for the next one.</summary>
    public Interchange Complete(IReadOnlyList<X12Error> allErrors)
    {
        var header = _header ?? throw new InvalidOperationException("No interchange is open.");
        var index = header.Location.InterchangeIndex;
        var errors = allErrors.Where(error => error.Location.InterchangeIndex == index).ToList();
        var groups = _groups.Select((draft, position) => draft.Build(position + 1, errors)).ToList();
        var interchange = new Interchange(header, _controlSegments.ToList(), groups, _trailer, index, errors);
        _controlSegments.Clear();
        _groups.Clear();
        _header = null;
        _trailer = null;
        _group = null;
        _set = null;
        return interchange;
    }

    // An ST without a GS still needs a home; the envelope validator has already reported it.
    private GroupDraft OrphanGroup(Segment st)
    {
        var draft = new GroupDraft(new Segment("GS", [], st.Delimiters, st.Location));
        _groups.Add(draft);
        return draft;
    }

    private sealed class GroupDraft(Segment header)
    {
        private Segment? _trailer;

        public List<List<Segment>> Sets { get; } = [];

        public void Close(Segment trailer) => _trailer = trailer;

        public FunctionalGroup Build(int index, IReadOnlyList<X12Error> interchangeErrors)
        {
            var groupErrors = interchangeErrors.Where(error => error.Location.GroupIndex == index).ToList();
            var sets = Sets.Select((segments, position) => new TransactionSet(
                segments,
                header[8],
                position + 1,
                groupErrors.Where(error => error.Location.TransactionSetIndex == position + 1).ToList())).ToList();
            return new FunctionalGroup(header, sets, _trailer, index, groupErrors);
        }
    }
}
