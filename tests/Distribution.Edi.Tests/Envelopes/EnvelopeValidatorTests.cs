using Distribution.Edi.Envelopes;
using Distribution.Edi.Reading;

namespace Distribution.Edi.Tests.Envelopes;

[TestFixture]
public sealed class EnvelopeValidatorTests
{
    [Test]
    public void ValidDocument_HasNoErrors()
    {
        var result = X12Reader.ReadAll(TestDocuments.PurchaseOrder);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(EnvelopeValidator.Validate(result.Interchanges.Single()), Is.Empty);
    }

    [Test]
    public void Se01_WhenCountIsWrong_IsReportedOnSe01WithAk5Code4()
    {
        var error = SingleError(TestDocuments.PurchaseOrder.Replace("SE*5*0001", "SE*6*0001", StringComparison.Ordinal));

        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.TransactionSetSegmentCountMismatch));
        Assert.That(X12ErrorCodes.AcknowledgementCodeOf(error.Code), Is.EqualTo("4"));
        Assert.That(error.Location.SegmentId, Is.EqualTo("SE"));
        Assert.That(error.Location.ElementPosition, Is.EqualTo(1));
        Assert.That(error.Location.SegmentPosition, Is.EqualTo(5));
        Assert.That(error.Location.TransactionSetIndex, Is.EqualTo(1));
        Assert.That(error.Location.TransactionSetControlNumber, Is.EqualTo("0001"));
        Assert.That(error.Location.SegmentOrdinal, Is.EqualTo(7));
        Assert.That(error.Location.ByteOffset, Is.EqualTo(TestDocuments.PurchaseOrder.IndexOf("SE*", StringComparison.Ordinal)));
        Assert.That(error.BadValue, Is.EqualTo("6"));
    }

    [Test]
    public void Se02_WhenItDiffersFromSt02_IsReportedWithAk5Code3()
    {
        var error = SingleError(TestDocuments.PurchaseOrder.Replace("SE*5*0001", "SE*5*0002", StringComparison.Ordinal));

        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.TransactionSetControlNumberMismatch));
        Assert.That(X12ErrorCodes.AcknowledgementCodeOf(error.Code), Is.EqualTo("3"));
        Assert.That(error.Location.ElementPosition, Is.EqualTo(2));
        Assert.That(error.Message, Does.Contain("0002").And.Contain("0001"));
    }

    [Test]
    public void Ge01_WhenCountIsWrong_IsReportedAtGroupLevelWithAk9Code5()
    {
        var error = SingleError(TestDocuments.PurchaseOrder.Replace("GE*1*7", "GE*2*7", StringComparison.Ordinal));

        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.GroupTransactionSetCountMismatch));
        Assert.That(error.Level, Is.EqualTo(X12ErrorLevel.Group));
        Assert.That(X12ErrorCodes.AcknowledgementCodeOf(error.Code), Is.EqualTo("5"));
        Assert.That(error.Location.GroupIndex, Is.EqualTo(1));
        Assert.That(error.Location.GroupControlNumber, Is.EqualTo("7"));
        Assert.That(error.Location.TransactionSetIndex, Is.Zero);
        Assert.That(error.Location.SegmentId, Is.EqualTo("GE"));
    }

    [Test]
    public void Ge02_WhenItDiffersFromGs06_IsReportedWithAk9Code4()
    {
        var error = SingleError(TestDocuments.PurchaseOrder.Replace("GE*1*7", "GE*1*8", StringComparison.Ordinal));

        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.GroupControlNumberMismatch));
        Assert.That(X12ErrorCodes.AcknowledgementCodeOf(error.Code), Is.EqualTo("4"));
        Assert.That(error.Location.ElementPosition, Is.EqualTo(2));
    }

    [Test]
    public void Ge02_WhenItDiffersOnlyInLeadingZeros_IsTheSameNumber()
    {
        var result = X12Reader.ReadAll(TestDocuments.PurchaseOrder.Replace("GE*1*7", "GE*1*000007", StringComparison.Ordinal));

        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void Iea01_WhenCountIsWrong_IsReportedWithTa1Note021()
    {
        var error = SingleError(TestDocuments.PurchaseOrder.Replace("IEA*1*", "IEA*2*", StringComparison.Ordinal));

        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.InterchangeGroupCountMismatch));
        Assert.That(error.Level, Is.EqualTo(X12ErrorLevel.Interchange));
        Assert.That(X12ErrorCodes.AcknowledgementCodeOf(error.Code), Is.EqualTo("021"));
        Assert.That(error.Location.InterchangeControlNumber, Is.EqualTo("000000123"));
        Assert.That(error.Location.SegmentId, Is.EqualTo("IEA"));
    }

    [Test]
    public void Iea02_WhenItDiffersFromIsa13_IsReportedWithTa1Note001()
    {
        var error = SingleError(TestDocuments.PurchaseOrder.Replace("IEA*1*000000123", "IEA*1*000000124", StringComparison.Ordinal));

        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.InterchangeControlNumberMismatch));
        Assert.That(X12ErrorCodes.AcknowledgementCodeOf(error.Code), Is.EqualTo("001"));
        Assert.That(error.Location.ElementPosition, Is.EqualTo(2));
    }

    [Test]
    public void MissingSe_IsReportedOnTheSetWhenTheGroupCloses()
    {
        var error = SingleError(TestDocuments.PurchaseOrder.Replace("SE*5*0001~", "", StringComparison.Ordinal));

        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.TransactionSetTrailerMissing));
        Assert.That(X12ErrorCodes.AcknowledgementCodeOf(error.Code), Is.EqualTo("2"));
        Assert.That(error.Location.TransactionSetControlNumber, Is.EqualTo("0001"));
        Assert.That(error.Message, Does.Contain("GE"));
    }

    [Test]
    public void MissingGeAndIea_AtEndOfInput_AreBothReported()
    {
        var result = X12Reader.ReadAll(TestDocuments.PurchaseOrder.Replace("GE*1*7~IEA*1*000000123~", "", StringComparison.Ordinal));

        Assert.That(result.Errors.Select(error => error.Code),
            Is.EqualTo(new[] { X12ErrorCode.GroupTrailerMissing, X12ErrorCode.InterchangeTrailerMissing }));
        Assert.That(result.Errors[0].Location.GroupControlNumber, Is.EqualTo("7"));
        Assert.That(X12ErrorCodes.AcknowledgementCodeOf(result.Errors[0].Code), Is.EqualTo("3"));
        Assert.That(X12ErrorCodes.AcknowledgementCodeOf(result.Errors[1].Code), Is.EqualTo("023"));
        Assert.That(result.Interchanges.Single().Trailer, Is.Null);
        Assert.That(result.Interchanges.Single().TransactionSets.Single().Trailer, Is.Not.Null);
    }

    [Test]
    public void MissingIea_BeforeTheNextIsa_IsReportedOnTheFirstInterchange()
    {
        var first = TestDocuments.PurchaseOrder.Replace("IEA*1*000000123~", "", StringComparison.Ordinal);

        var result = X12Reader.ReadAll(first + TestDocuments.PurchaseOrder);

        var error = result.Errors.Single();
        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.InterchangeTrailerMissing));
        Assert.That(error.Location.InterchangeIndex, Is.EqualTo(1));
        Assert.That(result.Interchanges, Has.Count.EqualTo(2));
        Assert.That(result.Interchanges[0].Errors, Has.Count.EqualTo(1));
        Assert.That(result.Interchanges[1].Errors, Is.Empty);
    }

    [Test]
    public void SegmentBetweenGsAndSt_IsReportedAsOutsideATransactionSet()
    {
        var error = SingleError(TestDocuments.PurchaseOrder.Replace("ST*850", "REF*ZZ*X~ST*850", StringComparison.Ordinal));

        Assert.That(error.Code, Is.EqualTo(X12ErrorCode.SegmentOutsideTransactionSet));
        Assert.That(error.Location.SegmentId, Is.EqualTo("REF"));
        Assert.That(error.Location.SegmentOrdinal, Is.EqualTo(3));
    }

    [Test]
    public void InvalidSt01AndIsa13_AreReportedOnTheirElements()
    {
        var document = TestDocuments.PurchaseOrder.Replace("ST*850", "ST*85X", StringComparison.Ordinal)
            .Replace("*000000123*0*P*", "*00000012A*0*P*", StringComparison.Ordinal)
            .Replace("IEA*1*000000123", "IEA*1*00000012A", StringComparison.Ordinal);

        var errors = X12Reader.ReadAll(document).Errors;

        Assert.That(errors.Select(error => (error.Code, error.Location.ElementPosition)), Is.EquivalentTo(new[]
        {
            (X12ErrorCode.InterchangeControlNumberInvalid, 13),
            (X12ErrorCode.TransactionSetIdInvalid, 1),
        }));
    }

    [Test]
    public void Errors_AreAttachedToTheirSetGroupAndInterchange()
    {
        var interchange = X12Reader.ReadAll(TestDocuments.PurchaseOrder.Replace("SE*5*0001", "SE*4*0001", StringComparison.Ordinal))
            .Interchanges.Single();

        Assert.That(interchange.Errors, Has.Count.EqualTo(1));
        Assert.That(interchange.Groups.Single().Errors, Has.Count.EqualTo(1));
        Assert.That(interchange.TransactionSets.Single().Errors.Single().Code,
            Is.EqualTo(X12ErrorCode.TransactionSetSegmentCountMismatch));
    }

    [Test]
    public void Validate_OnAModelInterchange_FindsTheSameErrorsAsTheReader()
    {
        var document = TestDocuments.PurchaseOrder.Replace("GE*1*7", "GE*3*9", StringComparison.Ordinal);
        var read = X12Reader.ReadAll(document);

        var validated = EnvelopeValidator.Validate(read.Interchanges.Single());

        Assert.That(validated.Select(error => error.Code), Is.EqualTo(read.Errors.Select(error => error.Code)));
        Assert.That(validated, Has.Count.EqualTo(2));
    }

    [Test]
    public void EveryErrorCode_HasALevelAndAnAcknowledgementCode()
    {
        foreach (var code in Enum.GetValues<X12ErrorCode>())
        {
            var level = X12ErrorCodes.LevelOf(code);
            var ackCode = X12ErrorCodes.AcknowledgementCodeOf(code);
            Assert.That(ackCode.Length > 0 || level == X12ErrorLevel.Input, Is.True, code.ToString());
            Assert.That(ackCode.Length == 3, Is.EqualTo(level == X12ErrorLevel.Interchange), code.ToString());
        }
    }

    private static X12Error SingleError(string document)
    {
        var errors = X12Reader.ReadAll(document).Errors;
        Assert.That(errors, Has.Count.EqualTo(1), string.Join(Environment.NewLine, errors));
        return errors[0];
    }
}
