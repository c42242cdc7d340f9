using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Distribution.Edi.Envelopes;

namespace Distribution.Edi.Reading;

/// <summary>
/// A tolerant, streaming X12 reader. <see cref="Read"/> moves to the next segment and <see cref="Current"/> exposes
/// it without copying; memory stays constant whatever the input size (one pooled buffer that only grows for a
/// segment longer than itself). Delimiters are taken from every ISA, so mailbags with mixed delimiters work.
/// Problems are collected in <see cref="Errors"/> with their exact location instead of being thrown; only an ISA
/// that cannot be read throws (<see cref="X12FormatException"/>), because nothing after it can be tokenised.
/// </summary>
public sealed class X12Reader : IDisposable
{
    private static readonly ConcurrentDictionary<char, SearchValues<char>> SegmentEndsByTerminator = new();

    private readonly string? _text;
    private readonly TextReader? _source;
    private readonly bool _ownsSource;
    private readonly Encoding _encoding;
    private readonly EnvelopeValidator _envelope = new();
    private char[]? _buffer;
    private char[] _clean;
    private int[] _starts;
    private int _end;
    private int _position;
    private bool _sourceExhausted;
    private bool _windowIsAscii;
    private int _partCount;
    private int _segmentStart;
    private int _segmentLength;
    private bool _segmentIsClean;
    private X12Delimiters? _delimiters;
    private SearchValues<char>? _segmentEnds;
    private long _byteOffset;
    private long _line = 1;
    private long _ordinal;
    private PhysicalPosition _segmentPosition;
    private string? _pendingWarning;
    private X12ErrorCode _pendingWarningCode;
    private bool _finished;
    private bool _disposed;

    private X12Reader(string? text, TextReader? source, bool ownsSource, X12ReaderOptions? options)
    {
        options ??= X12ReaderOptions.Default;
        _text = text;
        _source = source;
        _ownsSource = ownsSource;
        _encoding = options.Encoding;
        _end = text?.Length ?? 0;
        _windowIsAscii = text is not null && Ascii.IsValid(text);
        _buffer = source is null ? null : ArrayPool<char>.Shared.Rent(Math.Max(options.BufferSize, IsaHeaderParser.Lookahead * 4));
        _clean = ArrayPool<char>.Shared.Rent(IsaHeaderParser.Lookahead);
        _starts = ArrayPool<int>.Shared.Rent(64);
    }

    /// <summary>Reads X12 held in memory (no copy is made).</summary>
    public static X12Reader FromText(string text, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new X12Reader(text, null, false, options);
    }

    /// <summary>Reads X12 bytes held in memory, decoded with <see cref="X12ReaderOptions.Encoding"/>.</summary>
    public static X12Reader FromBytes(byte[] bytes, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return FromStream(new MemoryStream(bytes, writable: false), options);
    }

    /// <summary>Streams X12 from <paramref name="stream"/>, decoded with <see cref="X12ReaderOptions.Encoding"/>.</summary>
    public static X12Reader FromStream(Stream stream, X12ReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= X12ReaderOptions.Default;

        // The BOM is not stripped by the decoder: it is skipped as noise, which keeps byte offsets exact.
        var reader = new StreamReader(stream, options.Encoding, detectEncodingFromByteOrderMarks: false,
            bufferSize: 16 * 1024, leaveOpen: leaveOpen);
        return new X12Reader(null, reader, true, options);
    }

    /// <summary>Streams X12 from <paramref name="reader"/>.</summary>
    public static X12Reader FromTextReader(TextReader reader, X12ReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new X12Reader(null, reader, !leaveOpen, options);
    }

    /// <summary>Reads a whole in-memory text into interchanges.</summary>
    public static X12ReadResult ReadAll(string text, X12ReaderOptions? options = null)
    {
        using var reader = FromText(text, options);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a whole stream into interchanges (fine for files of ordinary size; use
    /// <see cref="ReadInterchanges"/> to hold one interchange at a time).</summary>
    public static X12ReadResult ReadAll(Stream stream, X12ReaderOptions? options = null)
    {
        using var reader = FromStream(stream, options, leaveOpen: true);
        return reader.ReadToEnd();
    }

    /// <summary>What the input turned out to be; <see cref="EdiFormat.Unknown"/> until the first segment.</summary>
    public EdiFormat Format { get; private set; }

    /// <summary>Delimiters of the interchange being read, or <c>null</c> before the first ISA.</summary>
    public X12Delimiters? Delimiters => _delimiters;

    /// <summary>The segment the reader is on; valid until the next <see cref="Read"/>.</summary>
    public SegmentSpan Current => new(CurrentText, _starts.AsSpan(0, _partCount));

    /// <summary>Where the current segment is (envelope path, position in its set, byte offset, line).</summary>
    public EdiLocation Location => _envelope.CurrentLocation;

    /// <summary>Every problem found so far.</summary>
    public IReadOnlyList<X12Error> Errors => _envelope.Errors;

    private ReadOnlySpan<char> Data => _text is not null ? _text.AsSpan(0, _end) : _buffer.AsSpan(0, _end);

    private ReadOnlySpan<char> CurrentText =>
        _segmentIsClean ? _clean.AsSpan(0, _segmentLength) : Data.Slice(_segmentStart, _segmentLength);

    /// <summary>Moves to the next segment; <c>false</c> at the end of the input or when the input is not X12.</summary>
    /// <exception cref="X12FormatException">An ISA cannot be read.</exception>
    public bool Read()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_finished)
        {
            return false;
        }

        while (true)
        {
            if (!SkipNoise())
            {
                Finish();
                return false;
            }

            EnsureAvailable(4);
            var rest = Data[_position..];
            if (InputSniffer.StartsWithIsa(rest))
            {
                ReadIsa();
                break;
            }

            if (_delimiters is null)
            {
                RejectNonX12(rest);
                return false;
            }

            if (rest[0] == _delimiters.Segment)
            {
                SkipEmptySegment();
                continue;
            }

            ReadSegment();
            break;
        }

        LocateElements();
        _envelope.Accept(Current, _segmentPosition);
        ReportPendingWarning();
        return true;
    }

    /// <summary>Reads the rest of the input one interchange at a time, materialising each as it completes.</summary>
    public IEnumerable<Interchange> ReadInterchanges()
    {
        var assembler = new InterchangeAssembler();
        while (Read())
        {
            var segment = Current.ToSegment(_delimiters!, Location);
            if (segment.Is("ISA") && assembler.IsOpen)
            {
                yield return assembler.Complete(Errors);
            }

            assembler.Add(segment);
            if (segment.Is("IEA") && assembler.IsOpen)
            {
                yield return assembler.Complete(Errors);
            }
        }

        if (assembler.IsOpen)
        {
            yield return assembler.Complete(Errors);
        }
    }

    /// <summary>Reads the rest of the input into a <see cref="X12ReadResult"/>.</summary>
    public X12ReadResult ReadToEnd()
    {
        var interchanges = ReadInterchanges().ToList();
        return new X12ReadResult(Format, interchanges, Errors.ToList());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_buffer is not null)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = null;
        }

        ArrayPool<char>.Shared.Return(_clean);
        ArrayPool<int>.Shared.Return(_starts);
        if (_ownsSource)
        {
            _source?.Dispose();
        }
    }

    private void ReadIsa()
    {
        EnsureAvailable(IsaHeaderParser.Lookahead);
        var raw = Data[_position..];
        var header = IsaHeaderParser.Parse(raw, _clean, _byteOffset, _line);
        BeginSegment();
        Consume(raw[..header.RawLength]);
        _segmentIsClean = true;
        _segmentLength = header.CleanLength;
        _delimiters = header.Delimiters;
        _segmentEnds = SegmentEndsByTerminator.GetOrAdd(header.Delimiters.Segment,
            terminator => SearchValues.Create([.. new[] { terminator, '\r', '\n' }.Distinct()]));
        Format = EdiFormat.X12;
        if (!header.IsFixedWidth)
        {
            _pendingWarningCode = X12ErrorCode.InterchangeHeaderNotFixedWidth;
            _pendingWarning = "The ISA is not 106 characters with its separators at the fixed positions; " +
                              "it was read by its separators instead.";
        }
    }

    private void ReadSegment()
    {
        var terminator = _delimiters!.Segment;
        var rest = Data[_position..];
        var hit = rest.IndexOfAny(_segmentEnds!);
        while (hit < 0 && Refill())
        {
            rest = Data[_position..];
            hit = rest.IndexOfAny(_segmentEnds!);
        }

        if (hit >= 0 && rest[hit] != terminator)
        {
            ReadWrappedSegment();
            return;
        }

        // The usual case: the segment lies in the buffer as it is, so it is not copied.
        BeginSegment();
        _segmentIsClean = false;
        _segmentStart = _position;
        _segmentLength = hit >= 0 ? hit : rest.Length;
        Consume(hit >= 0 ? rest[..(hit + 1)] : rest, terminator == '\n' && hit >= 0 ? 1 : 0);
        if (hit < 0)
        {
            WarnUnterminated();
        }
    }

    // A line break that is not the terminator sits inside the segment (a file hard-wrapped at 80 columns):
    // the segment is assembled without its line breaks.
    private void ReadWrappedSegment()
    {
        var terminator = _delimiters!.Segment;
        var offset = 0;
        var length = 0;
        var terminated = false;
        while (!terminated)
        {
            var rest = Data[(_position + offset)..];
            var hit = rest.IndexOfAny(_segmentEnds!);
            var piece = hit < 0 ? rest : rest[..hit];
            EnsureCleanCapacity(length + piece.Length);
            piece.CopyTo(_clean.AsSpan(length));
            length += piece.Length;
            offset += hit < 0 ? rest.Length : hit + 1;
            terminated = hit >= 0 && rest[hit] == terminator;
            if (hit < 0 && !Refill())
            {
                break;
            }
        }

        BeginSegment();
        Consume(Data.Slice(_position, offset));
        _segmentIsClean = true;
        _segmentLength = length;
        if (!terminated)
        {
            WarnUnterminated();
        }
    }

    // A plain loop beats a vectorised IndexOf per element here: elements are a few characters long.
    private void LocateElements()
    {
        var text = CurrentText;
        var separator = _delimiters!.Element;
        var starts = _starts;
        var count = 1;
        starts[0] = 0;
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] != separator)
            {
                continue;
            }

            if (count == starts.Length)
            {
                Grow(ref _starts, count * 2);
                starts = _starts;
            }

            starts[count++] = index + 1;
        }

        _partCount = count;
    }

    private bool SkipNoise()
    {
        while (true)
        {
            var rest = Data[_position..];
            var length = 0;
            var lineBreaks = 0;
            while (length < rest.Length && IsNoise(rest[length]))
            {
                lineBreaks += rest[length] == '\n' ? 1 : 0;
                length++;
            }

            Consume(rest[..length], lineBreaks);
            if (length < rest.Length)
            {
                return true;
            }

            if (!Refill())
            {
                return false;
            }
        }
    }

    // Whitespace, control characters and a BOM before a segment are noise unless they are a delimiter in use
    // (0x1D, NAK 0x15 ...). A line break used as terminator still counts as noise here: a blank line.
    private bool IsNoise(char c)
    {
        if (c > ' ' && c != '\uFEFF')
        {
            return false;
        }

        var delimiters = _delimiters;
        return delimiters is null ||
               (c != delimiters.Element && c != delimiters.Component && c != delimiters.Repetition &&
                (c != delimiters.Segment || c is '\r' or '\n'));
    }

    private void SkipEmptySegment()
    {
        Consume(Data.Slice(_position, 1));
        _envelope.Report(X12ErrorCode.EmptySegment, X12ErrorSeverity.Warning,
            "An empty segment (two terminators in a row) follows this segment; it was skipped.");
    }

    private void RejectNonX12(ReadOnlySpan<char> rest)
    {
        Format = InputSniffer.Detect(rest);
        _finished = true;
        var what = Format == EdiFormat.Edifact ? "UN/EDIFACT (it starts with UNA/UNB)" : "not recognisable";
        var start = rest[..Math.Min(rest.Length, 20)].ToString();
        _envelope.Report(X12ErrorCode.NotX12, X12ErrorSeverity.Error,
            $"The input is not X12: it is {what}; an X12 interchange starts with ISA. It begins with '{start}'.",
            new EdiLocation(0, null, 0, null, 0, null, null, 0, 0, 0, 0, _byteOffset, _line), start);
    }

    private void WarnUnterminated()
    {
        _pendingWarningCode = X12ErrorCode.InterchangeTrailerMissing;
        _pendingWarning = "The input ends inside this segment: it has no segment terminator.";
    }

    private void ReportPendingWarning()
    {
        if (_pendingWarning is not null)
        {
            _envelope.Report(_pendingWarningCode, X12ErrorSeverity.Warning, _pendingWarning);
            _pendingWarning = null;
        }
    }

    private void BeginSegment() => _segmentPosition = new PhysicalPosition(++_ordinal, _byteOffset, _line);

    private void Finish()
    {
        _finished = true;
        _envelope.Complete(new PhysicalPosition(_ordinal + 1, _byteOffset, _line));
    }

    private void Consume(ReadOnlySpan<char> raw) => Consume(raw, raw.Count('\n'));

    // The caller passes the line breaks it already knows about, so the hot path does not scan the text again; and
    // while the buffered window is ASCII (checked once per refill), characters are bytes.
    private void Consume(ReadOnlySpan<char> raw, int lineBreaks)
    {
        _position += raw.Length;
        _line += lineBreaks;
        _byteOffset += _windowIsAscii ? raw.Length : _encoding.GetByteCount(raw);
    }

    private void EnsureAvailable(int count)
    {
        while (_end - _position < count && Refill())
        {
        }
    }

    // Moves the unread tail to the front of the buffer (growing it when full) and appends more input.
    private bool Refill()
    {
        if (_source is null || _sourceExhausted)
        {
            return false;
        }

        var buffer = _buffer!;
        var remaining = _end - _position;
        if (_position > 0)
        {
            Array.Copy(buffer, _position, buffer, 0, remaining);
            _position = 0;
            _end = remaining;
        }

        if (_end == buffer.Length)
        {
            Grow(ref buffer, buffer.Length * 2);
            _buffer = buffer;
        }

        var read = _source.Read(buffer, _end, buffer.Length - _end);
        if (read == 0)
        {
            _sourceExhausted = true;
            return false;
        }

        _end += read;
        _windowIsAscii = Ascii.IsValid(buffer.AsSpan(_position, _end - _position));
        return true;
    }

    private void EnsureCleanCapacity(int length)
    {
        if (length > _clean.Length)
        {
            Grow(ref _clean, Math.Max(length, _clean.Length * 2));
        }
    }

    private static void Grow<T>(ref T[] array, int size)
    {
        var larger = ArrayPool<T>.Shared.Rent(size);
        array.AsSpan().CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }
}
