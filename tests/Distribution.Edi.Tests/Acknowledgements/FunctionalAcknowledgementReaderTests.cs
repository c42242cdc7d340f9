using Distribution.Edi.Acknowledgements;
using Distribution.Edi.Reading;
using Distribution.Edi.Tests.Samples;

namespace Distribution.Edi.Tests.Acknowledgements;

[TestFixture]
public sealed class FunctionalAcknowledgementReaderTests
{
    [Test]
    public void Read_Sample12_AcceptsPurchaseOrderGroup214()
    {
        var interchange = X12Reader.ReadAll(File.OpenRead(SampleCorpus.PathOf("12_997_4010_ack_of_850.x12"))).Interchanges.Single();

        var ack = FunctionalAcknowledgementReader.Read(interchange).Single();

        Assert.That(ack.FunctionalIdentifier, Is.EqualTo("PO"));
        Assert.That(ack.GroupControlNumber, Is.EqualTo("214"));
        Assert.That(ack.IsGroupAccepted, Is.True);
        Assert.That((ack.IncludedCount, ack.ReceivedCount, ack.AcceptedCount), Is.EqualTo((1, 1, 1)));
        Assert.That(ack.TransactionSets.Single().ControlNumber, Is.EqualTo("000000390"));
        Assert.That(ack.IsTransactionSetAccepted("000000390"), Is.True);
    }

    [Test]
    public void Read_Sample13_RejectsWithSegmentAndElementErrors()
    {
        var interchanges = X12Reader.ReadAll(File.OpenRead(SampleCorpus.PathOf("13_997_5010_rejected_3_interchanges.edi"))).Interchanges;

        var acks = interchanges.SelectMany(FunctionalAcknowledgementReader.Read).ToList();

        Assert.That(acks, Has.Count.EqualTo(3));
        var ack = acks[0];
        Assert.That(ack.GroupStatus, Is.EqualTo(AcknowledgementStatus.Rejected));
        Assert.That((ack.IncludedCount, ack.ReceivedCount, ack.AcceptedCount), Is.EqualTo((1, 1, 0)));
        var set = ack.TransactionSets.Single();
        Assert.That((set.TransactionSetId, set.ControlNumber, set.Status), Is.EqualTo(("837", "0021", AcknowledgementStatus.Rejected)));
        Assert.That(set.ErrorCodes, Is.EqualTo(new[] { "5" }));
        var segment = set.SegmentErrors.Single();
        Assert.That((segment.SegmentId, segment.Position, segment.Code), Is.EqualTo(("NM1", 8, "8")));
        var element = segment.ElementErrors.Single();
        Assert.That((element.Position, element.ReferenceNumber, element.Code, element.BadValue), Is.EqualTo((8, "66", "7", "MI")));
        Assert.That(ack.IsTransactionSetAccepted("0021"), Is.False);
    }

    [Test]
    public void Read_WhenSetIsNotA997_Throws()
    {
        var set = X12Reader.ReadAll(TestDocuments.PurchaseOrder).Interchanges.Single().TransactionSets.Single();

        Assert.Throws<ArgumentException>(() => FunctionalAcknowledgementReader.Read(set));
    }

    [Test]
    public void Read_999_MapsIk3Ik4Ik5()
    {
        const string Document = TestDocuments.Isa00401 +
            "GS*FA*SENDER*RECEIVER*20240101*1200*8*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*17*005010X222A1~" +
            "AK2*837*0001*005010X222A1~IK3*CLM*4**8~IK4*2**7*ABC~IK5*R*5~AK9*R*1*1*0~SE*8*0001~GE*1*8~IEA*1*000000123~";

        var ack = FunctionalAcknowledgementReader.Read(X12Reader.ReadAll(Document).Interchanges.Single()).Single();

        Assert.That(ack.Version, Is.EqualTo("005010X222A1"));
        Assert.That(ack.TransactionSets.Single().Status, Is.EqualTo(AcknowledgementStatus.Rejected));
        Assert.That(ack.TransactionSets.Single().SegmentErrors.Single().ElementErrors.Single().BadValue, Is.EqualTo("ABC"));
    }
}
