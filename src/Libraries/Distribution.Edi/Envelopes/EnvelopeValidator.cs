using System.Globalization;
using Distribution.Edi.Reading;

namespace Distribution.Edi.Envelopes;

/// <summary>
/// Checks the envelope structure one segment at a time, so it works on a stream of any size: SE01 (segments ST..SE),
/// SE02 = ST02, GE01 (sets), GE02 = GS06, IEA01 (groups), IEA02 = ISA13, missing trailers, segments outside their
/// envelope, and the formats of the control numbers. It also tracks where the current segment sits (interchange,
/// group, set, position in the set), which is what every <see cref="EdiLocation"/> the reader hands out is built from.
/// Duplicate control numbers are not checked here: that is a per-partner policy over persisted history (real
/// mailbags repeat GS06/ST02), so the host does it.
/// </summary>
public sealed class EnvelopeValidator
{
    private readonly List<X12Error> _errors = [];
    private readonly char[] _segmentIdBuffer = new char[8];

    private PhysicalPosition _position;
    private string? _envelopeSegmentId;
    private int _segmentIdLength;
    private int _interchangeIndex;
    private string? _interchangeControlNumber;
    private bool _inInterchange;
    private int _groupsInInterchange;
    private int _groupIndex;
    private string? _groupControlNumber;
    private bool _inGroup;
    private int _setsInGroup;
    private int _setIndex;
    private string? _setControlNumber;
    private bool _inSet;
    private int _segmentsInSet;

    /// <summary>Problems found so far, in input order.</summary>
    public IReadOnlyList<X12Error> Errors => _errors;

    /// <summary>Validates the envelopes of an already read (or built) interchange.</summary>
    public static IReadOnlyList<X12Error> Validate(Interchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        var validator = new EnvelopeValidator();
        var ordinal = 0L;
        Segment? last = null;
        foreach (var segment in interchange.AllSegments())
        {
            last = segment;
            var position = new PhysicalPosition(++ordinal, segment.Location.ByteOffset, segment.Location.Line);
            validator.Accept(new SegmentSpan([segment.Id, .. segment.Elements]), position);
        }

        validator.Complete(new PhysicalPosition(ordinal + 1, last?.Location.ByteOffset ?? 0, last?.Location.Line ?? 0));
        return validator.Errors;
    }

    /// <summary>Location of the segment last accepted, in its envelope.</summary>
    public EdiLocation CurrentLocation => new(
        _interchangeIndex,
        _interchangeControlNumber,
        _inGroup ? _groupIndex : 0,
        _inGroup ? _groupControlNumber : null,
        _inSet ? _setIndex : 0,
        _inSet ? _setControlNumber : null,
        _envelopeSegmentId ?? new string(_segmentIdBuffer, 0, _segmentIdLength),
        _inSet ? _segmentsInSet : 0,
        _position.Ordinal,
        0,
        0,
        _position.ByteOffset,
        _position.Line);

    /// <summary>Adds an error found outside the envelope logic (e.g. by the tokenizer) at the current location.</summary>
    internal void Report(X12ErrorCode code, X12ErrorSeverity severity, string message, string? badValue = null) =>
        Report(code, severity, message, CurrentLocation, badValue);

    /// <summary>Feeds the next segment.</summary>
    internal void Accept(SegmentSpan segment, PhysicalPosition position)
    {
        _position = position;
        var id = segment.Id;
        _envelopeSegmentId = EnvelopeSegmentId(id);
        _segmentIdLength = Math.Min(id.Length, _segmentIdBuffer.Length);
        id[.._segmentIdLength].CopyTo(_segmentIdBuffer);
        switch (id)
        {
            case "ISA":
                OpenInterchange(segment);
                break;
            case "IEA":
                CloseInterchange(segment);
                break;
            case "GS":
                OpenGroup(segment);
                break;
            case "GE":
                CloseGroup(segment);
                break;
            case "ST":
                OpenSet(segment);
                break;
            case "SE":
                CloseSet(segment);
                break;
            default:
                AcceptDataSegment(id);
                break;
        }
    }

    /// <summary>Signals the end of the input: anything still open lacks its trailer.</summary>
    internal void Complete(PhysicalPosition endOfInput)
    {
        _position = endOfInput;
        _envelopeSegmentId = null;
        _segmentIdLength = 0;
        if (_inInterchange)
        {
            CloseOpenEnvelopes("the end of the input", includingInterchange: true);
        }
    }

    private void OpenInterchange(SegmentSpan isa)
    {
        if (_inInterchange)
        {
            CloseOpenEnvelopes("the next ISA", includingInterchange: true);
        }

        _interchangeIndex++;
        _interchangeControlNumber = isa[13].ToString();
        _inInterchange = true;
        _groupsInInterchange = 0;
        _groupIndex = 0;
        CheckDigits(isa, 13, 9, 9, X12ErrorCode.InterchangeControlNumberInvalid, "ISA13 (interchange control number)");
        CheckDigits(isa, 9, 6, 6, X12ErrorCode.InterchangeDateInvalid, "ISA09 (interchange date)");
        CheckDigits(isa, 10, 4, 4, X12ErrorCode.InterchangeTimeInvalid, "ISA10 (interchange time)");
        if (isa[14] is not ("0" or "1"))
        {
            ReportElement(X12ErrorCode.AcknowledgmentRequestedInvalid, 14, isa[14], "ISA14 must be 0 or 1");
        }

        if (isa[15] is not ("P" or "T"))
        {
            ReportElement(X12ErrorCode.TestIndicatorInvalid, 15, isa[15], "ISA15 must be P or T");
        }
    }

    private void CloseInterchange(SegmentSpan iea)
    {
        if (!_inInterchange)
        {
            Report(X12ErrorCode.InvalidControlStructure, X12ErrorSeverity.Error, "IEA without a preceding ISA.");
            return;
        }

        CloseOpenEnvelopes("IEA", includingInterchange: false);
        CheckTrailer(iea, TrailerRule.Interchange, _groupsInInterchange, _interchangeControlNumber);
        _inInterchange = false;
    }

    private void OpenGroup(SegmentSpan gs)
    {
        if (!_inInterchange)
        {
            Report(X12ErrorCode.InvalidControlStructure, X12ErrorSeverity.Error, "GS outside an interchange.");
        }

        if (_inGroup)
        {
            CloseOpenEnvelopes("the next GS", includingInterchange: false);
        }

        _groupIndex++;
        _groupsInInterchange++;
        _groupControlNumber = gs[6].ToString();
        _inGroup = true;
        _setsInGroup = 0;
        _setIndex = 0;
        CheckDigits(gs, 6, 1, 9, X12ErrorCode.GroupControlNumberInvalid, "GS06 (group control number)");
    }

    private void CloseGroup(SegmentSpan ge)
    {
        if (!_inGroup)
        {
            Report(X12ErrorCode.InvalidControlStructure, X12ErrorSeverity.Error, "GE without a preceding GS.");
            return;
        }

        if (_inSet)
        {
            ReportMissingSetTrailer("GE");
        }

        CheckTrailer(ge, TrailerRule.Group, _setsInGroup, _groupControlNumber);
        _inGroup = false;
    }

    private void OpenSet(SegmentSpan st)
    {
        if (_inSet)
        {
            ReportMissingSetTrailer("the next ST");
        }

        if (!_inGroup)
        {
            Report(X12ErrorCode.InvalidControlStructure, X12ErrorSeverity.Error, "ST outside a functional group.");
        }

        _setIndex++;
        _setsInGroup++;
        _setControlNumber = st[2].ToString();
        _inSet = true;
        _segmentsInSet = 1;
        if (st[1].Length != 3 || !IsDigits(st[1]))
        {
            ReportElement(X12ErrorCode.TransactionSetIdInvalid, 1, st[1], "ST01 must be a 3-digit transaction set id");
        }

        if (st[2].Length is < 4 or > 9)
        {
            ReportElement(X12ErrorCode.TransactionSetControlNumberInvalid, 2, st[2], "ST02 must be 4 to 9 characters");
        }
    }

    private void CloseSet(SegmentSpan se)
    {
        if (!_inSet)
        {
            Report(X12ErrorCode.InvalidControlStructure, X12ErrorSeverity.Error, "SE without a preceding ST.");
            return;
        }

        _segmentsInSet++;
        CheckTrailer(se, TrailerRule.TransactionSet, _segmentsInSet, _setControlNumber);
        _inSet = false;
    }

    private void AcceptDataSegment(ReadOnlySpan<char> id)
    {
        if (_inSet)
        {
            _segmentsInSet++;
            if (!IsValidSegmentId(id))
            {
                Report(X12ErrorCode.UnrecognizedSegmentId, X12ErrorSeverity.Error,
                    $"'{id}' is not a valid segment id.", id.ToString());
            }
        }
        else if (_inGroup)
        {
            Report(X12ErrorCode.SegmentOutsideTransactionSet, X12ErrorSeverity.Error,
                $"{id} sits inside group {_groupControlNumber} but outside any transaction set.");
        }
        else if (!_inInterchange || !id.SequenceEqual("TA1"))
        {
            Report(X12ErrorCode.InvalidControlStructure, X12ErrorSeverity.Error,
                _inInterchange ? $"{id} sits outside any functional group." : $"{id} sits outside any interchange.");
        }
    }

    // Every trailer carries a count in element 1 and echoes its header's control number in element 2.
    private void CheckTrailer(SegmentSpan trailer, TrailerRule rule, int actualCount, string? headerControlNumber)
    {
        if (!CountMatches(trailer[1], actualCount))
        {
            ReportElement(rule.CountCode, 1, trailer[1],
                $"{rule.Trailer}01 says {trailer[1]} {rule.Counted} but there are {actualCount}");
        }

        var matches = rule.NumericControlNumber
            ? NumbersMatch(trailer[2], headerControlNumber)
            : trailer[2].SequenceEqual(headerControlNumber);
        if (!matches)
        {
            ReportElement(rule.ControlNumberCode, 2, trailer[2],
                $"{rule.Trailer}02 {trailer[2]} differs from {rule.Header} {headerControlNumber}");
        }
    }

    private void CloseOpenEnvelopes(string closedBy, bool includingInterchange)
    {
        if (_inSet)
        {
            ReportMissingSetTrailer(closedBy);
        }

        if (_inGroup)
        {
            Report(X12ErrorCode.GroupTrailerMissing, X12ErrorSeverity.Error,
                $"Group {_groupControlNumber} has no GE before {closedBy}.");
            _inGroup = false;
        }

        if (includingInterchange)
        {
            Report(X12ErrorCode.InterchangeTrailerMissing, X12ErrorSeverity.Error,
                $"Interchange {_interchangeControlNumber} has no IEA before {closedBy}.");
            _inInterchange = false;
        }
    }

    private void ReportMissingSetTrailer(string closedBy)
    {
        Report(X12ErrorCode.TransactionSetTrailerMissing, X12ErrorSeverity.Error,
            $"Transaction set {_setControlNumber} has no SE before {closedBy}.");
        _inSet = false;
    }

    private void CheckDigits(SegmentSpan segment, int position, int minLength, int maxLength, X12ErrorCode code, string name)
    {
        var value = segment[position];
        if (value.Length < minLength || value.Length > maxLength || !IsDigits(value))
        {
            ReportElement(code, position, value, $"{name} must be {minLength}-{maxLength} digits");
        }
    }

    private void ReportElement(X12ErrorCode code, int position, ReadOnlySpan<char> value, string message) =>
        Report(code, X12ErrorSeverity.Error, $"{message} (found '{value}').", CurrentLocation.AtElement(position),
            value.ToString());

    internal void Report(X12ErrorCode code, X12ErrorSeverity severity, string message, EdiLocation location,
        string? badValue = null) =>
        _errors.Add(new X12Error(code, severity, message, location, badValue));

    private static bool CountMatches(ReadOnlySpan<char> declared, int actual) =>
        int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count == actual;

    // ISA13/IEA02 and GS06/GE02 are numeric (N0): "000005" and "5" are the same control number.
    private static bool NumbersMatch(ReadOnlySpan<char> trailer, string? header) =>
        header is not null && (trailer.SequenceEqual(header) ||
            (long.TryParse(trailer, NumberStyles.None, CultureInfo.InvariantCulture, out var left) &&
             long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var right) && left == right));

    private static bool IsDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    // Checked by hand rather than with SearchValues: ids are 2–3 characters and this runs for every segment.
    private static bool IsValidSegmentId(ReadOnlySpan<char> id) =>
        id.Length is 2 or 3 && char.IsAsciiLetterUpper(id[0]) && IsIdCharacter(id[1]) && (id.Length == 2 || IsIdCharacter(id[2]));

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);

    // The envelope ids are interned; other ids are kept in a buffer and only become strings when a location is
    // asked for, so the hot path allocates nothing per segment.
    private static string? EnvelopeSegmentId(ReadOnlySpan<char> id) => id switch
    {
        "ISA" => "ISA",
        "IEA" => "IEA",
        "GS" => "GS",
        "GE" => "GE",
        "ST" => "ST",
        "SE" => "SE",
        _ => null,
    };
}
