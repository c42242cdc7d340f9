using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Distribution.Modules.Catalog.Domain.Units;
using static Distribution.UnitTests.Catalog.CatalogRules;

namespace Distribution.UnitTests.Catalog;

[TestFixture]
public sealed class CrossReferenceTests
{
    private static readonly DateTime Jan = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Feb = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Mar = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static CrossReference Create(DateTime from, DateTime? to, params (DateTime, DateTime?)[] existing) =>
        CrossReference.Create(CrossReferenceKind.SupplierSku, "SUP-1", " fc-1 ", Guid.NewGuid(), "BLT-1", "BX", null, from, to, existing, Now);

    [Test]
    public void Create_WhenPeriodOverlapsAnExistingOne_IsNotPossible()
    {
        AssertBrokenRule<CrossReferencePeriodsMustNotOverlapRule>(() => Create(Feb, null, (Jan, Mar)));
    }

    [Test]
    public void Create_WhenPeriodStartsAsTheExistingOneEnds_IsAllowed()
    {
        Assert.That(Create(Feb, null, (Jan, Feb)).ValidFromUtc, Is.EqualTo(Feb));
    }

    [Test]
    public void Create_WhenOpenEndedExistingPeriodCoversIt_IsNotPossible()
    {
        AssertBrokenRule<CrossReferencePeriodsMustNotOverlapRule>(() => Create(Mar, null, (Jan, null)));
    }

    [Test]
    public void Create_WhenPeriodEndsBeforeItStarts_IsNotPossible()
    {
        AssertBrokenRule<ValidityPeriodMustEndAfterStartRule>(() => Create(Feb, Jan));
    }

    [Test]
    public void Create_WithUnknownPartnerUnit_IsNotPossible()
    {
        AssertBrokenRule<UnitMustBeKnownRule>(() =>
            CrossReference.Create(CrossReferenceKind.SupplierSku, "SUP-1", "FC-1", Guid.NewGuid(), "BLT-1", "CRATE", null, Jan, null, [], Now));
    }

    [Test]
    public void IsValidAt_IncludesStartAndExcludesEnd()
    {
        var crossReference = Create(Jan, Feb);

        Assert.That(crossReference.IsValidAt(Jan), Is.True);
        Assert.That(crossReference.IsValidAt(Feb), Is.False);
        Assert.That(crossReference.LookupValue, Is.EqualTo("FC-1"));
    }

    [Test]
    public void Reject_WhenIssueIsAlreadyResolved_IsNotPossible()
    {
        var issue = MasterDataIssue.Quarantine("item-row", "{}", "BLT-1", "catalog.identifier-invalid", "bad", "pim", null, null, "c-1", Now);
        issue.Resolve("{}", null, Now);

        AssertBrokenRule<MasterDataIssueMustBeOpenRule>(() => issue.Reject("no", Now));
    }
}
