using Distribution.Edi.Reading;
using Distribution.Edi.Writing;

namespace Distribution.Edi.Tests.Writing;

[TestFixture]
public sealed class X12WriterTests
{
    private static readonly InterchangeHeader Header = new()
    {
        SenderQualifier = "ZZ",
        SenderId = "SENDER",
        ReceiverQualifier = "ZZ",
        ReceiverId = "RECEIVER",
        ControlNumber = "123",
        Date = "240101",
        Time = "1200",
    };

    private static readonly GroupHeader Group = new()
    {
        FunctionalIdentifier = "PO",
        ApplicationSender = "SENDER",
        ApplicationReceiver = "RECEIVER",
        Date = "20240101",
        Time = "1200",
        ControlNumber = "7",
        Version = "004010",
    };

    [Test]
    public void Writer_ComputesCountsEchoesControlNumbersAndPadsTheIsa()
    {
        var text = Write(new X12Delimiters('*', '>', '~'), Header, writer =>
        {
            writer.WriteSegment("BEG", "00", "SA", "PO-1", null, "20240101");
            writer.WriteSegment("PO1", "1", "10", "EA", "9.95", "", "UP", "012345678905");
            writer.WriteSegment("CTT", "1");
        });

        Assert.That(text, Is.EqualTo(TestDocuments.PurchaseOrder));
        Assert.That(text.IndexOf("GS*", StringComparison.Ordinal), Is.EqualTo(106));
    }

    [Test]
    public void Writer_WithRepetitionSeparator_PutsItInIsa11AndJoinsCompositesAndRepeats()
    {
        var text = Write(new X12Delimiters('*', ':', '~', '^'), Header with { Version = "00501" }, writer =>
            writer.WriteSegment("HI", X12Value.Repeated(X12Value.Composite("BK", "0340"), X12Value.Composite("BF", "V7389", ""))));

        var interchange = X12Reader.ReadAll(text).Interchanges.Single();
        Assert.That(interchange.StandardsIdentifierOrRepetition, Is.EqualTo("^"));
        Assert.That(text, Does.Contain("HI*BK:0340^BF:V7389~"));
        Assert.That(interchange.TransactionSets.Single().Segments[1].Component(1, 2, 2), Is.EqualTo("V7389"));
    }

    [TestCase("A*B", "the delimiter '*'")]
    [TestCase("A>B", "the delimiter '>'")]
    [TestCase("A~B", "the delimiter '~'")]
    [TestCase("A^B", "the delimiter '^'")]
    [TestCase("A\nB", "line break")]
    public void WriteSegment_WhenAValueHoldsADelimiter_RefusesNamingSegmentAndElement(string value, string named)
    {
        var writer = OpenSet(new X12Delimiters('*', '>', '~', '^'), Header with { Version = "00501" });

        var exception = Assert.Throws<X12ValueException>(() => writer.WriteSegment("N1", "ST", value));

        Assert.That(exception!.SegmentId, Is.EqualTo("N1"));
        Assert.That(exception.ElementPosition, Is.EqualTo(2));
        Assert.That(exception.Message, Does.StartWith("N102 value").And.Contain(named));
    }

    [Test]
    public void WriteSegment_WhenAComponentHoldsADelimiter_Refuses()
    {
        var writer = OpenSet(new X12Delimiters('*', ':', '~'), Header);

        var exception = Assert.Throws<X12ValueException>(() => writer.WriteSegment("CTP", "", "UCP", X12Value.Composite("CA", "1:2")));

        Assert.That(exception!.ElementPosition, Is.EqualTo(3));
    }

    [Test]
    public void BeginInterchange_WhenAnIsaValueIsTooWide_Refuses()
    {
        var writer = new X12Writer(new StringWriter(), X12Delimiters.Default);

        var exception = Assert.Throws<X12ValueException>(() =>
            writer.BeginInterchange(Header with { SenderId = "A-SENDER-ID-THAT-IS-TOO-LONG", Version = "00501" }));

        Assert.That(exception!.Message, Does.StartWith("ISA06"));
    }

    [Test]
    public void BeginInterchange_WhenRepetitionSeparatorIsUsedBefore00402_Refuses()
    {
        var writer = new X12Writer(new StringWriter(), new X12Delimiters('*', '>', '~', '^'));

        Assert.Throws<X12ValueException>(() => writer.BeginInterchange(Header));
    }

    [Test]
    public void WriteSegment_WhenNoSetIsOpen_Refuses()
    {
        var writer = new X12Writer(new StringWriter(), new X12Delimiters('*', '>', '~'));
        writer.BeginInterchange(Header);

        Assert.Throws<InvalidOperationException>(() => writer.WriteSegment("BEG", "00"));
    }

    [Test]
    public void WriteSegment_WhenItIsAnEnvelopeSegment_Refuses()
    {
        var writer = OpenSet(new X12Delimiters('*', '>', '~'), Header);

        Assert.Throws<InvalidOperationException>(() => writer.WriteSegment("SE", "2", "0001"));
    }

    [Test]
    public void Delimiters_WhenNotDistinct_AreRefused()
    {
        var exception = Assert.Throws<ArgumentException>(() => _ = new X12Delimiters('*', '*', '~'));

        Assert.That(exception!.Message, Does.Contain("differ"));
    }

    [Test]
    public void Writer_TwoGroups_CountsGroupsInIea01()
    {
        var output = new StringWriter();
        var writer = new X12Writer(output, new X12Delimiters('*', '>', '~'), "\n");
        writer.BeginInterchange(Header);
        foreach (var control in new[] { "1", "2" })
        {
            writer.BeginGroup(Group with { ControlNumber = control });
            writer.BeginTransactionSet("850", "000" + control);
            writer.WriteSegment("BEG", "00", "SA", "PO" + control);
            writer.EndTransactionSet();
            writer.EndGroup();
        }

        writer.EndInterchange();

        var result = X12Reader.ReadAll(output.ToString());
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Interchanges.Single().Trailer![1], Is.EqualTo("2"));
        Assert.That(output.ToString(), Does.EndWith("IEA*2*000000123~\n"));
    }

    private static X12Writer OpenSet(X12Delimiters delimiters, InterchangeHeader header, TextWriter? output = null)
    {
        var writer = new X12Writer(output ?? new StringWriter(), delimiters);
        writer.BeginInterchange(header);
        writer.BeginGroup(Group);
        writer.BeginTransactionSet("850", "0001");
        return writer;
    }

    private static string Write(X12Delimiters delimiters, InterchangeHeader header, Action<X12Writer> body)
    {
        var output = new StringWriter();
        var writer = OpenSet(delimiters, header, output);
        body(writer);
        writer.EndTransactionSet();
        writer.EndGroup();
        writer.EndInterchange();
        return output.ToString();
    }
}
