using Distribution.Edi.Acknowledgements;
using Distribution.Edi.Reading;

namespace Distribution.Edi.Tests.Acknowledgements;

[TestFixture]
public sealed class FunctionalAcknowledgementBuilderTests
{
    private static readonly FunctionalAcknowledgementOptions Options = new() { ControlNumber = "0001" };

    private static readonly string TwoOrders = TestDocuments.PurchaseOrder
        .Replace("SE*5*0001~", "SE*5*0001~ST*850*0002~BEG*00*SA*PO-2**20240101~SE*3*0002~", StringComparison.Ordinal)
        .Replace("GE*1*7", "GE*2*7", StringComparison.Ordinal);

    [Test]
    public void Build_ForAClean4010Group_AcceptsEverySet()
    {
        var result = Build(TwoOrders, Options);

        Assert.That(Lines(result), Is.EqualTo(new[]
        {
            "ST*997*0001", "AK1*PO*7", "AK2*850*0001", "AK5*A", "AK2*850*0002", "AK5*A", "AK9*A*2*2*2", "SE*8*0001",
        }));
        Assert.That(result.Version, Is.EqualTo("004010"));
        Assert.That(result.GroupStatus, Is.EqualTo(AcknowledgementStatus.Accepted));
    }

    [Test]
    public void Build_For5010_AddsAk103AndAk203()
    {
        var document = TestDocuments.PurchaseOrder.Replace("*X*004010~", "*X*005010~", StringComparison.Ordinal)
            .Replace("ST*850*0001~", "ST*850*0001*005010X999~", StringComparison.Ordinal);

        var result = Build(document, Options);

        Assert.That(Lines(result), Does.Contain("AK1*PO*7*005010").And.Contain("AK2*850*0001*005010X999"));
        Assert.That(result.Version, Is.EqualTo("005010"));
    }

    [Test]
    public void Build_WhenPolicyIsOnlySetsWithErrors_OmitsAcceptedSetsButCountsThem()
    {
        var document = TwoOrders.Replace("SE*3*0002", "SE*9*0002", StringComparison.Ordinal);

        var result = Build(document, Options with { SetPolicy = TransactionSetAcknowledgementPolicy.OnlySetsWithErrors });

        Assert.That(Lines(result), Is.EqualTo(new[]
        {
            "ST*997*0001", "AK1*PO*7", "AK2*850*0002", "AK5*R*4", "AK9*P*2*2*1", "SE*6*0001",
        }));
        Assert.That(result.GroupStatus, Is.EqualTo(AcknowledgementStatus.PartiallyAccepted));
    }

    [Test]
    public void Build_WhenASetHasSegmentAndElementErrors_LocatesThemInAk3AndAk4()
    {
        var read = X12Reader.ReadAll(TestDocuments.PurchaseOrder.Replace("CTT*1~", "CTT*1~z9*X~", StringComparison.Ordinal)
            .Replace("SE*5*", "SE*6*", StringComparison.Ordinal));
        var group = read.Interchanges.Single().Groups.Single();
        var po1 = group.TransactionSets.Single().Segments[2];
        var mapError = new X12Error(X12ErrorCode.InvalidCodeValue, X12ErrorSeverity.Error, "PO103 unit 'EA' not agreed",
            po1.Location.AtElement(3), "EA");
        var compositeError = new X12Error(X12ErrorCode.ElementTooLong, X12ErrorSeverity.Error, "too long",
            po1.Location.AtElement(7, 2), "012345678905");

        var result = FunctionalAcknowledgementBuilder.Build(group, Options, [mapError, compositeError]);

        Assert.That(Lines(result), Is.EqualTo(new[]
        {
            "ST*997*0001", "AK1*PO*7", "AK2*850*0001",
            "AK3*PO1*3**8", "AK4*3**7*EA", "AK4*7>2**5*012345678905",
            "AK3*z9*5**1",
            "AK5*R*5", "AK9*R*1*1*0", "SE*10*0001",
        }));
    }

    [Test]
    public void Build_WhenGroupTrailerIsWrong_RejectsTheGroupWithAk905()
    {
        var result = Build(TestDocuments.PurchaseOrder.Replace("GE*1*7", "GE*1*8", StringComparison.Ordinal), Options);

        Assert.That(Lines(result), Does.Contain("AK9*R*1*1*1*4"));
        Assert.That(result.GroupStatus, Is.EqualTo(AcknowledgementStatus.Rejected));
    }

    [Test]
    public void Build_WhenAWarningIsNoted_AcceptsWithErrors()
    {
        var group = X12Reader.ReadAll(TestDocuments.PurchaseOrder).Interchanges.Single().Groups.Single();
        var warning = new X12Error(X12ErrorCode.ElementTooLong, X12ErrorSeverity.Warning, "long",
            group.TransactionSets.Single().Segments[1].Location.AtElement(3), "PO-1");

        var result = FunctionalAcknowledgementBuilder.Build(group, Options, [warning]);

        Assert.That(Lines(result), Does.Contain("AK5*E").And.Contain("AK9*E*1*1*1"));
    }

    [Test]
    public void Build_WhenBadValueHoldsAnOutboundDelimiter_CleansIt()
    {
        var group = X12Reader.ReadAll(TestDocuments.PurchaseOrder).Interchanges.Single().Groups.Single();
        var error = new X12Error(X12ErrorCode.InvalidCharacter, X12ErrorSeverity.Error, "bad",
            group.TransactionSets.Single().Segments[1].Location.AtElement(3), "A~B*C");

        var result = FunctionalAcknowledgementBuilder.Build(group, Options, [error]);

        Assert.That(Lines(result), Does.Contain("AK4*3**6*ABC"));
        Assert.That(AcknowledgementDocuments.Write997(result), Does.Contain("AK4*3**6*ABC~"));
    }

    [TestCase("12_997_4010_ack_of_850.x12")]
    [TestCase("13_997_5010_rejected_3_interchanges.edi")]
    public void Build_ForAGroupOf997s_RefusesToAcknowledge(string sample)
    {
        var group = X12Reader.ReadAll(File.OpenRead(Samples.SampleCorpus.PathOf(sample))).Interchanges[0].Groups.Single();

        var result = FunctionalAcknowledgementBuilder.Build(group, Options);

        Assert.That(result.IsAcknowledged, Is.False);
        Assert.That(result.Acknowledgement, Is.Null);
        Assert.That(result.NotAcknowledgedReason, Does.Contain("never acknowledged"));
    }

    [Test]
    public void Build_WhenA997HidesInAnotherFunctionalGroup_StillRefuses()
    {
        var document = TestDocuments.PurchaseOrder.Replace("ST*850", "ST*997", StringComparison.Ordinal);

        var result = Build(document, Options);

        Assert.That(result.IsAcknowledged, Is.False);
    }

    [Test]
    public void Built997_ReadsBackAsAValidInterchangeAndReconciles()
    {
        var result = Build(TwoOrders.Replace("SE*3*0002", "SE*9*0002", StringComparison.Ordinal), Options);

        var read = X12Reader.ReadAll(AcknowledgementDocuments.Write997(result));
        var parsed = FunctionalAcknowledgementReader.Read(read.Interchanges.Single()).Single();

        Assert.That(read.Errors, Is.Empty);
        Assert.That(parsed.GroupControlNumber, Is.EqualTo("7"));
        Assert.That(parsed.IsTransactionSetAccepted("0001"), Is.True);
        Assert.That(parsed.IsTransactionSetAccepted("0002"), Is.False);
        Assert.That(parsed.TransactionSets[1].ErrorCodes, Is.EqualTo(new[] { "4" }));
    }

    private static FunctionalAcknowledgementResult Build(string document, FunctionalAcknowledgementOptions options) =>
        FunctionalAcknowledgementBuilder.Build(X12Reader.ReadAll(document).Interchanges.Single().Groups.Single(), options);

    private static IEnumerable<string> Lines(FunctionalAcknowledgementResult result) =>
        result.Acknowledgement!.Segments.Select(segment => segment.ToString().TrimEnd('~'));
}
