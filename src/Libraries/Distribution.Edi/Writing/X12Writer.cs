using System.Globalization;

namespace Distribution.Edi.Writing;

/// <summary>
/// A strict X12 writer. It writes ISA/GS/ST from headers, computes SE01, GE01 and IEA01 itself and echoes the
/// control numbers in SE02, GE02 and IEA02, pads the ISA to its fixed width, and refuses any value that holds a
/// delimiter in use (X12 has no escape character) with an <see cref="X12ValueException"/> naming the element.
/// </summary>
public sealed class X12Writer
{
    private static readonly int[] IsaWidths = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];
    private static readonly HashSet<string> EnvelopeIds = new(StringComparer.Ordinal) { "ISA", "IEA", "GS", "GE", "ST", "SE" };

    private readonly TextWriter _output;
    private readonly string _segmentSuffix;
    private string? _interchangeControlNumber;
    private string? _groupControlNumber;
    private string? _setControlNumber;
    private int _groupsInInterchange;
    private int _setsInGroup;
    private int _segmentsInSet;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where the X12 goes.</param>
    /// <param name="delimiters">The delimiters to declare in the ISA and use throughout.</param>
    /// <param name="segmentSuffix">Written after each terminator, e.g. "\n" for readable files; must be
    /// whitespace other than the delimiters.</param>
    public X12Writer(TextWriter output, X12Delimiters delimiters, string segmentSuffix = "")
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(delimiters);
        ArgumentNullException.ThrowIfNull(segmentSuffix);
        if (segmentSuffix.Any(c => !char.IsWhiteSpace(c)) || delimiters.IndexOfAnyDelimiter(segmentSuffix) >= 0)
        {
            throw new ArgumentException("The segment suffix must be whitespace that is not a delimiter.", nameof(segmentSuffix));
        }

        _output = output;
        Delimiters = delimiters;
        _segmentSuffix = segmentSuffix;
    }

    /// <summary>The delimiters this writer uses.</summary>
    public X12Delimiters Delimiters { get; }

    /// <summary>Writes the ISA.</summary>
    public void BeginInterchange(InterchangeHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Require(_interchangeControlNumber is null, "an interchange is already open; end it first");
        var controlNumber = RequireDigits("ISA", 13, header.ControlNumber, 1, 9).PadLeft(9, '0');
        RequireDigits("ISA", 9, header.Date, 6, 6);
        RequireDigits("ISA", 10, header.Time, 4, 4);
        var isa11 = header.StandardsIdentifier;
        if (Delimiters.Repetition is { } repetition)
        {
            if (!int.TryParse(header.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 402)
            {
                throw new X12ValueException("ISA", 12, header.Version,
                    "is older than 00402, which has no repetition separator; use delimiters without one");
            }

            isa11 = repetition.ToString();
        }

        string[] values =
        [
            header.AuthorizationQualifier, header.AuthorizationInformation, header.SecurityQualifier,
            header.SecurityInformation, header.SenderQualifier, header.SenderId, header.ReceiverQualifier,
            header.ReceiverId, header.Date, header.Time, isa11, header.Version, controlNumber,
            header.AcknowledgmentRequested ? "1" : "0", header.UsageIndicator,
        ];
        _output.Write("ISA");
        for (var index = 0; index < values.Length; index++)
        {
            var position = index + 1;
            if (position != 11 || Delimiters.Repetition is null)
            {
                RequireClean("ISA", position, values[index]);
            }

            if (values[index].Length > IsaWidths[index])
            {
                throw new X12ValueException("ISA", position, values[index], $"is longer than its fixed width {IsaWidths[index]}");
            }

            _output.Write(Delimiters.Element);
            _output.Write(values[index].PadRight(IsaWidths[index]));
        }

        _output.Write(Delimiters.Element);
        _output.Write(Delimiters.Component);
        EndSegment();
        _interchangeControlNumber = controlNumber;
        _groupsInInterchange = 0;
    }

    /// <summary>Writes the GS.</summary>
    public void BeginGroup(GroupHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Require(_interchangeControlNumber is not null && _groupControlNumber is null, "a group needs an open interchange and no open group");
        RequireDigits("GS", 6, header.ControlNumber, 1, 9);
        WriteRaw("GS", header.FunctionalIdentifier, header.ApplicationSender, header.ApplicationReceiver, header.Date,
            header.Time, header.ControlNumber, header.ResponsibleAgency, header.Version);
        _groupControlNumber = header.ControlNumber;
        _groupsInInterchange++;
        _setsInGroup = 0;
    }

    /// <summary>Writes the ST.</summary>
    public void BeginTransactionSet(string id, string controlNumber, string? implementationConventionReference = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(controlNumber);
        Require(_groupControlNumber is not null && _setControlNumber is null, "a transaction set needs an open group and no open set");
        if (controlNumber.Length is < 4 or > 9)
        {
            throw new X12ValueException("ST", 2, controlNumber, "must be 4 to 9 characters");
        }

        WriteRaw("ST", string.IsNullOrEmpty(implementationConventionReference)
            ? [id, controlNumber]
            : [id, controlNumber, implementationConventionReference]);
        _setControlNumber = controlNumber;
        _setsInGroup++;
        _segmentsInSet = 1;
    }

    /// <summary>Writes a data segment inside the open transaction set (or a TA1 directly under the ISA).</summary>
    public void WriteSegment(string id, params ReadOnlySpan<X12Value> elements)
    {
        RequireDataSegment(id);
        var parts = new string[elements.Length + 1];
        parts[0] = id;
        for (var index = 0; index < elements.Length; index++)
        {
            parts[index + 1] = Encode(id, index + 1, elements[index]);
        }

        WriteCounted(parts);
    }

    /// <summary>Writes a segment read from another interchange, re-encoding its composites and repetitions with
    /// this writer's delimiters.</summary>
    public void WriteSegment(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        RequireDataSegment(segment.Id);
        var parts = new string[segment.ElementCount + 1];
        parts[0] = segment.Id;
        for (var position = 1; position <= segment.ElementCount; position++)
        {
            var repetitions = segment.Repetitions(position)
                .Select((_, index) => X12Value.Composite(segment.Components(position, index + 1)))
                .ToList();
            parts[position] = Encode(segment.Id, position,
                repetitions.Count == 1 ? repetitions[0] : X12Value.Repeated(repetitions));
        }

        WriteCounted(parts);
    }

    /// <summary>Writes the SE with the segment count and ST02.</summary>
    public void EndTransactionSet()
    {
        Require(_setControlNumber is not null, "no transaction set is open");
        _segmentsInSet++;
        WriteRaw("SE", Count(_segmentsInSet), _setControlNumber!);
        _setControlNumber = null;
    }

    /// <summary>Writes the GE with the set count and GS06.</summary>
    public void EndGroup()
    {
        Require(_groupControlNumber is not null && _setControlNumber is null, "no group is open, or a set is still open");
        WriteRaw("GE", Count(_setsInGroup), _groupControlNumber!);
        _groupControlNumber = null;
    }

    /// <summary>Writes the IEA with the group count and ISA13.</summary>
    public void EndInterchange()
    {
        Require(_interchangeControlNumber is not null && _groupControlNumber is null, "no interchange is open, or a group is still open");
        WriteRaw("IEA", Count(_groupsInInterchange), _interchangeControlNumber!);
        _interchangeControlNumber = null;
    }

    /// <summary>Writes a whole transaction set (ST, its body, SE with a fresh count).</summary>
    public void WriteTransactionSet(TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        BeginTransactionSet(set.Id, set.ControlNumber, set.ImplementationConventionReference);
        foreach (var segment in set.Body)
        {
            WriteSegment(segment);
        }

        EndTransactionSet();
    }

    /// <summary>Writes a whole interchange read elsewhere, with this writer's delimiters and fresh counts.</summary>
    public void WriteInterchange(Interchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        BeginInterchange(InterchangeHeader.From(interchange));
        foreach (var segment in interchange.ControlSegments)
        {
            WriteSegment(segment);
        }

        foreach (var group in interchange.Groups)
        {
            BeginGroup(GroupHeader.From(group));
            foreach (var set in group.TransactionSets)
            {
                WriteTransactionSet(set);
            }

            EndGroup();
        }

        EndInterchange();
    }

    private string Encode(string segmentId, int position, X12Value value)
    {
        if (value.Repetitions is { } repetitions)
        {
            if (Delimiters.Repetition is not { } separator)
            {
                throw new X12ValueException(segmentId, position, "(repeated)", "repeats, but the delimiters have no repetition separator");
            }

            return string.Join(separator, repetitions.Select(repetition => Encode(segmentId, position, repetition)));
        }

        if (value.Components is { } components)
        {
            foreach (var component in components)
            {
                RequireClean(segmentId, position, component);
            }

            // Trailing empty components are omitted, as X12 requires.
            var used = components.Count;
            while (used > 1 && components[used - 1].Length == 0)
            {
                used--;
            }

            return string.Join(Delimiters.Component, components.Take(used));
        }

        return RequireClean(segmentId, position, value.Simple ?? "");
    }

    private void WriteCounted(string[] parts)
    {
        WriteParts(parts);
        if (_setControlNumber is not null)
        {
            _segmentsInSet++;
        }
    }

    private void WriteRaw(string id, params ReadOnlySpan<string> elements)
    {
        var parts = new string[elements.Length + 1];
        parts[0] = id;
        for (var index = 0; index < elements.Length; index++)
        {
            parts[index + 1] = RequireClean(id, index + 1, elements[index]);
        }

        WriteParts(parts);
    }

    // Trailing empty elements are omitted, as X12 requires.
    private void WriteParts(string[] parts)
    {
        var used = parts.Length;
        while (used > 1 && parts[used - 1].Length == 0)
        {
            used--;
        }

        for (var index = 0; index < used; index++)
        {
            if (index > 0)
            {
                _output.Write(Delimiters.Element);
            }

            _output.Write(parts[index]);
        }

        EndSegment();
    }

    private void EndSegment()
    {
        _output.Write(Delimiters.Segment);
        _output.Write(_segmentSuffix);
    }

    private void RequireDataSegment(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is < 2 or > 3 || !id.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetterUpper(id[0]))
        {
            throw new X12ValueException(id, 0, id, "is not a segment id (2–3 upper-case letters and digits)");
        }

        if (EnvelopeIds.Contains(id))
        {
            throw new InvalidOperationException($"Write {id} through the Begin/End methods so its counts are computed.");
        }

        var underInterchange = _groupControlNumber is null && _interchangeControlNumber is not null && id == "TA1";
        Require(_setControlNumber is not null || underInterchange, $"{id} must be written inside a transaction set");
    }

    // X12 has no escape character, so a delimiter in a value cannot be represented; a line break is refused too,
    // because tolerant readers (ours included) drop line breaks that are not the terminator as wrapping.
    private string RequireClean(string segmentId, int position, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var index = Delimiters.IndexOfAnyDelimiter(value);
        if (index >= 0)
        {
            throw new X12ValueException(segmentId, position, value,
                $"contains the delimiter {X12Delimiters.Describe(value[index])} at index {index}; X12 has no escape character");
        }

        var lineBreak = value.AsSpan().IndexOfAny('\r', '\n');
        if (lineBreak >= 0)
        {
            throw new X12ValueException(segmentId, position, value, $"contains a line break at index {lineBreak}");
        }

        return value;
    }

    private string RequireDigits(string segmentId, int position, string value, int minLength, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < minLength || value.Length > maxLength || value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new X12ValueException(segmentId, position, value, $"must be {minLength}–{maxLength} digits");
        }

        return value;
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"X12 envelope order: {problem}.");
        }
    }
}
