using Distribution.Edi.Acknowledgements;
using Distribution.Edi.Reading;

namespace Distribution.Edi.Tests.Acknowledgements;

[TestFixture]
public sealed class InterchangeAcknowledgementBuilderTests
{
    [Test]
    public void Build_WhenAckRequestedAndEnvelopeIsFine_AcceptsWithNote000()
    {
        var interchange = Read(TestDocuments.PurchaseOrder.Replace("*0*P*>", "*1*P*>", StringComparison.Ordinal));

        var result = InterchangeAcknowledgementBuilder.Build(interchange);

        Assert.That(result.IsRequired, Is.True);
        Assert.That(result.Segment.ToString(), Is.EqualTo("TA1*000000123*240101*1200*A*000~"));
    }

    [Test]
    public void Build_WhenNoAckRequestedAndEnvelopeIsFine_IsNotRequired()
    {
        var result = InterchangeAcknowledgementBuilder.Build(Read(TestDocuments.PurchaseOrder));

        Assert.That(result.IsRequired, Is.False);
        Assert.That(result.Status, Is.EqualTo(AcknowledgementStatus.Accepted));
    }

    [TestCase("IEA*1*000000999", "001")]
    [TestCase("IEA*3*000000123", "021")]
    public void Build_WhenTheEnvelopeIsBroken_RejectsWithTheNoteCode(string trailer, string note)
    {
        var interchange = Read(TestDocuments.PurchaseOrder.Replace("IEA*1*000000123", trailer, StringComparison.Ordinal));

        var result = InterchangeAcknowledgementBuilder.Build(interchange);

        Assert.That(result.IsRequired, Is.True);
        Assert.That(result.Segment.ToString(), Is.EqualTo($"TA1*000000123*240101*1200*R*{note}~"));
    }

    [Test]
    public void Build_WhenIeaIsMissing_RejectsWithNote023()
    {
        var interchange = Read(TestDocuments.PurchaseOrder.Replace("IEA*1*000000123~", "", StringComparison.Ordinal));

        var result = InterchangeAcknowledgementBuilder.Build(interchange);

        Assert.That(result.NoteCode, Is.EqualTo("023"));
        Assert.That(result.Status, Is.EqualTo(AcknowledgementStatus.Rejected));
    }

    [Test]
    public void WrittenTa1_ReadsBackUnderTheIsaWithoutGroups()
    {
        var interchange = Read(TestDocuments.PurchaseOrder.Replace("*0*P*>", "*1*P*>", StringComparison.Ordinal));
        var text = AcknowledgementDocuments.WriteTa1(InterchangeAcknowledgementBuilder.Build(interchange));

        var read = X12Reader.ReadAll(text);

        Assert.That(read.Errors, Is.Empty);
        Assert.That(read.Interchanges.Single().Groups, Is.Empty);
        Assert.That(read.Interchanges.Single().ControlSegments.Single()[4], Is.EqualTo("A"));
        Assert.That(read.Interchanges.Single().Trailer![1], Is.EqualTo("0"));
    }

    private static Interchange Read(string document) => X12Reader.ReadAll(document).Interchanges.Single();
}
