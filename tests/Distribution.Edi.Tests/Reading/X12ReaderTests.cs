using System.Text;
using Distribution.Edi.Reading;

namespace Distribution.Edi.Tests.Reading;

[TestFixture]
public sealed class X12ReaderTests
{
    [Test]
    public void Read_WhenInputHasUtf8Bom_SkipsItAndCountsItsBytes()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.ASCII.GetBytes(TestDocuments.PurchaseOrder)).ToArray();

        using var reader = X12Reader.FromBytes(bytes);
        Assert.That(reader.Read(), Is.True);
        Assert.That(reader.Current.Id.ToString(), Is.EqualTo("ISA"));
        Assert.That(reader.Location.ByteOffset, Is.EqualTo(3));
        Assert.That(reader.Read(), Is.True);
        Assert.That(reader.Location.ByteOffset, Is.EqualTo(3 + 106));
    }

    [Test]
    public void Read_WhenSegmentsAreFollowedByCrLfAndIndentation_IgnoresThem()
    {
        var indented = TestDocuments.PurchaseOrder.Replace("~", "~\r\n    ", StringComparison.Ordinal);

        var result = X12Reader.ReadAll(indented);

        Assert.That(result.Errors, Is.Empty);
        var set = result.Interchanges.Single().TransactionSets.Single();
        Assert.That(set.Segments.Select(segment => segment.Id), Is.EqualTo(new[] { "ST", "BEG", "PO1", "CTT", "SE" }));
        Assert.That(set.Segments[1][3], Is.EqualTo("PO-1"));
    }

    [Test]
    public void Read_WhenNewlineIsTheTerminator_SplitsOnIt()
    {
        var document = TestDocuments.WithDelimiters(TestDocuments.PurchaseOrder, '*', '>', '\n');

        var result = X12Reader.ReadAll(document);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Interchanges.Single().Delimiters.Segment, Is.EqualTo('\n'));
        Assert.That(result.Interchanges.Single().TransactionSets.Single().Segments, Has.Count.EqualTo(5));
    }

    [TestCase('\x1D', '\x1F', '\x1C')]
    [TestCase('\x7F', '>', '\x15')]
    [TestCase('|', '^', '\x85')]
    public void Read_WhenDelimitersAreNonPrintable_UsesThem(char element, char component, char terminator)
    {
        var document = TestDocuments.WithDelimiters(TestDocuments.PurchaseOrder, element, component, terminator);

        var result = X12Reader.ReadAll(document);

        Assert.That(result.Errors, Is.Empty);
        var delimiters = result.Interchanges.Single().Delimiters;
        Assert.That((delimiters.Element, delimiters.Component, delimiters.Segment), Is.EqualTo((element, component, terminator)));
        Assert.That(result.Interchanges.Single().TransactionSets.Single().Segments[2][6], Is.EqualTo("UP"));
    }

    [Test]
    public void Read_WhenHardWrappedAt80Columns_RemovesLineBreaksInsideTheIsaAndValues()
    {
        var wrapped = string.Join("\n", TestDocuments.PurchaseOrder.Chunk(80).Select(chunk => new string(chunk)));
        Assert.That(wrapped.IndexOf('\n', StringComparison.Ordinal), Is.LessThan(106), "the wrap falls inside the ISA");

        var result = X12Reader.ReadAll(wrapped);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Interchanges.Single().ControlNumber, Is.EqualTo("000000123"));
        Assert.That(result.Interchanges.Single().Delimiters.Segment, Is.EqualTo('~'));
        var segments = result.Interchanges.Single().AllSegments().Select(segment => segment.ToString());
        Assert.That(string.Concat(segments), Is.EqualTo(TestDocuments.PurchaseOrder));
    }

    [Test]
    public void Read_WhenMailbagMixesDelimiters_ReReadsThemAtEveryIsa()
    {
        var second = TestDocuments.WithDelimiters(TestDocuments.PurchaseOrder, '|', ':', '\x15')
            .Replace("000000123", "000000124", StringComparison.Ordinal);
        var mailbag = TestDocuments.PurchaseOrder + "\r\n" + second + " \n";

        var result = X12Reader.ReadAll(mailbag);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Interchanges.Select(interchange => interchange.Delimiters.Element), Is.EqualTo(new[] { '*', '|' }));
        Assert.That(result.Interchanges.Select(interchange => interchange.ControlNumber), Is.EqualTo(new[] { "000000123", "000000124" }));
        Assert.That(result.Interchanges[1].TransactionSets.Single().Segments[1][3], Is.EqualTo("PO-1"));
    }

    [Test]
    public void Read_WhenDataContainsTheLettersIsa_DoesNotStartAnInterchange()
    {
        var document = TestDocuments.PurchaseOrder.Replace("BEG*00*SA*PO-1**20240101~",
            "BEG*00*SA*PO-1**20240101~N3*7615 DISALLE BLVD~MSG*ISA*ISA~", StringComparison.Ordinal)
            .Replace("SE*5*", "SE*7*", StringComparison.Ordinal);

        var result = X12Reader.ReadAll(document);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Interchanges, Has.Count.EqualTo(1));
        Assert.That(result.Interchanges[0].TransactionSets.Single().Segments.Select(segment => segment.Id),
            Does.Contain("MSG").And.Contain("N3"));
    }

    [Test]
    public void Read_WhenASegmentIdStartsWithIsaLetters_ReportsAnUnrecognizedSegmentNotAnInterchange()
    {
        var document = TestDocuments.PurchaseOrder.Replace("CTT*1~", "ISAAC*1~", StringComparison.Ordinal);

        var result = X12Reader.ReadAll(document);

        Assert.That(result.Interchanges, Has.Count.EqualTo(1));
        var error = result.Errors.Single();
        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.UnrecognizedSegmentId));
        Assert.That(error.Location.SegmentId, Is.EqualTo("ISAAC"));
        Assert.That(error.Location.SegmentPosition, Is.EqualTo(4));
    }

    [TestCase("00401", '^', null)]
    [TestCase("00402", '^', '^')]
    [TestCase("00501", '^', '^')]
    [TestCase("00501", 'U', null)]
    [TestCase("00501", ' ', null)]
    [TestCase("00040", '!', null)]
    public void Read_RepetitionSeparator_IsIsa11OnlyFrom00402AndWhenNotAlphanumericOrSpace(
        string version, char isa11, char? expected)
    {
        var document = TestDocuments.PurchaseOrder
            .Replace("*U*00401*", $"*{isa11}*{version}*", StringComparison.Ordinal);

        var interchange = X12Reader.ReadAll(document).Interchanges.Single();

        Assert.That(interchange.Delimiters.Repetition, Is.EqualTo(expected));
        Assert.That(interchange.StandardsIdentifierOrRepetition, Is.EqualTo(isa11.ToString()));
    }

    [Test]
    public void Read_VersionOfASet_ComesFromGs08NotIsa12()
    {
        var document = TestDocuments.PurchaseOrder.Replace("*00401*", "*00400*", StringComparison.Ordinal)
            .Replace("*X*004010~", "*X*004010VICS~", StringComparison.Ordinal);

        var interchange = X12Reader.ReadAll(document).Interchanges.Single();

        Assert.That(interchange.Version, Is.EqualTo("00400"));
        Assert.That(interchange.TransactionSets.Single().Version, Is.EqualTo("004010VICS"));
    }

    [Test]
    public void Read_WhenIsaIsNotFixedWidth_ReadsItBySeparatorsAndWarns()
    {
        var document = TestDocuments.PurchaseOrder.Replace("*SENDER         *", "*SENDER*", StringComparison.Ordinal);

        var result = X12Reader.ReadAll(document);

        Assert.That(result.Interchanges.Single().SenderId, Is.EqualTo("SENDER"));
        var warning = result.Errors.Single();
        Assert.That(warning.Code, Is.EqualTo(X12ErrorCode.InterchangeHeaderNotFixedWidth));
        Assert.That(warning.Severity, Is.EqualTo(X12ErrorSeverity.Warning));
        Assert.That(warning.Location.SegmentId, Is.EqualTo("ISA"));
    }

    [Test]
    public void Read_WhenIsaIsTruncated_Throws()
    {
        using var reader = X12Reader.FromText("ISA*00*          *00*  ");

        var exception = Assert.Throws<X12FormatException>(() => reader.Read());
        Assert.That(exception!.Message, Does.Contain("truncated"));
    }

    [Test]
    public void Read_WhenInputIsEdifact_ReturnsFalseWithATypedError()
    {
        using var reader = X12Reader.FromText("UNA:+.? 'UNB+UNOA:3+SENDER+RECEIVER+240101:1200+1'");

        Assert.That(reader.Read(), Is.False);
        Assert.That(reader.Format, Is.EqualTo(EdiFormat.Edifact));
        Assert.That(reader.Errors.Single().Code, Is.EqualTo(X12ErrorCode.NotX12));
    }

    [Test]
    public void Read_WhenInputIsNeitherX12NorEdifact_ReportsUnknownFormat()
    {
        var result = X12Reader.ReadAll("{\"order\": 1}");

        Assert.That(result.Format, Is.EqualTo(EdiFormat.Unknown));
        Assert.That(result.Errors.Single().Level, Is.EqualTo(X12ErrorLevel.Input));
    }

    [Test]
    public void Read_WhenEmpty_ReadsNothingWithoutErrors()
    {
        var result = X12Reader.ReadAll("  \r\n");

        Assert.That(result.Interchanges, Is.Empty);
        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void Read_WhenSourceDeliversOneCharacterAtATime_ReadsTheSameSegments()
    {
        var document = string.Concat(Enumerable.Repeat(TestDocuments.PurchaseOrder + "\n", 50));
        var expected = ReadIds(X12Reader.FromText(document));

        var actual = ReadIds(X12Reader.FromTextReader(new TrickleReader(document)));

        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(actual, Has.Count.EqualTo(50 * 9));
    }

    [Test]
    public void Read_WhenASegmentIsLongerThanTheBuffer_GrowsTheBuffer()
    {
        var longText = new string('X', 100_000);
        var document = TestDocuments.PurchaseOrder.Replace("PO-1", longText, StringComparison.Ordinal);

        var result = X12Reader.ReadAll(new MemoryStream(Encoding.ASCII.GetBytes(document)));

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Interchanges.Single().TransactionSets.Single().Segments[1][3], Has.Length.EqualTo(100_000));
    }

    [Test]
    public void Location_ReportsByteOffsetLineAndPositionInTheSet()
    {
        var document = TestDocuments.PurchaseOrder.Replace("~", "~\n", StringComparison.Ordinal)
            .Replace("PO-1", "PÖ-1", StringComparison.Ordinal);
        using var reader = X12Reader.FromBytes(Encoding.UTF8.GetBytes(document));
        var locations = new List<EdiLocation>();
        while (reader.Read())
        {
            locations.Add(reader.Location);
        }

        var po1 = locations.Single(location => location.SegmentId == "PO1");
        Assert.That(po1.Line, Is.EqualTo(5));
        Assert.That(po1.SegmentPosition, Is.EqualTo(3));
        Assert.That(po1.SegmentOrdinal, Is.EqualTo(5));
        Assert.That(po1.TransactionSetControlNumber, Is.EqualTo("0001"));
        Assert.That(po1.GroupControlNumber, Is.EqualTo("7"));
        Assert.That(po1.InterchangeControlNumber, Is.EqualTo("000000123"));
        var expectedOffset = Encoding.UTF8.GetByteCount(document[..document.IndexOf("PO1*", StringComparison.Ordinal)]);
        Assert.That(po1.ByteOffset, Is.EqualTo(expectedOffset));
    }

    [Test]
    public void Current_ExposesElementsByPositionWithoutCopying()
    {
        using var reader = X12Reader.FromText(TestDocuments.PurchaseOrder);
        while (reader.Read() && !reader.Current.Is("PO1"))
        {
        }

        Assert.That(reader.Current.ElementCount, Is.EqualTo(7));
        Assert.That(reader.Current[4].ToString(), Is.EqualTo("9.95"));
        Assert.That(reader.Current[5].IsEmpty, Is.True);
        Assert.That(reader.Current[99].IsEmpty, Is.True);
    }

    private static List<string> ReadIds(X12Reader reader)
    {
        using (reader)
        {
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.Current.Text.ToString());
            }

            Assert.That(reader.Errors, Is.Empty);
            return ids;
        }
    }

    /// <summary>A reader that hands out one character per call, to exercise every refill path.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position >= text.Length || count == 0)
            {
                return 0;
            }

            buffer[index] = text[_position++];
            return 1;
        }
    }
}
