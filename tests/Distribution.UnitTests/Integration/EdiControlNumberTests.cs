using Distribution.Edi;
using Distribution.Modules.Integration.Application.Edi;

namespace Distribution.UnitTests.Integration;

public sealed class EdiControlNumberTests
{
    private static readonly PartnerPair Pair = PartnerPair.Create("ZZ", "DIHUB", "ZZ", "CUSTOMER");

    [TestCase(0, 1)]
    [TestCase(1, 2)]
    [TestCase(9_999, 10_000)]
    [TestCase(999_999_998, 999_999_999)]
    [TestCase(999_999_999, 1)]
    [TestCase(-5, 1)]
    public void Next_FollowsTheNineDigitSequence(int current, int expected)
    {
        Assert.That(ControlNumbers.Next(current), Is.EqualTo(expected));
    }

    [Test]
    public void PartnerPair_Create_TrimsTheIsaPadding()
    {
        var pair = PartnerPair.Create("ZZ", "DIHUB          ", " 01", "123456789      ");

        Assert.That(pair, Is.EqualTo(new PartnerPair("ZZ", "DIHUB", "01", "123456789")));
    }

    [TestCase("", "DIHUB")]
    [TestCase("ZZZ", "DIHUB")]
    [TestCase("ZZ", "   ")]
    [TestCase("ZZ", "0123456789ABCDEF")]
    public void PartnerPair_Create_RejectsBlankOrOverlongParts(string qualifier, string id)
    {
        Assert.That(() => PartnerPair.Create(qualifier, id, "ZZ", "PARTNER"), Throws.ArgumentException);
    }

    [Test]
    public async Task BusinessKeyChecks_NoneRegistered_FindNoDuplicate()
    {
        var checks = new BusinessKeyDuplicateChecks([]);

        var reasons = await checks.FindDuplicatesAsync(Pair, PurchaseOrder(), CancellationToken.None);

        Assert.That(reasons, Is.Empty);
    }

    [Test]
    public async Task BusinessKeyChecks_AskOnlyTheChecksThatApply_AndCollectTheirReasons()
    {
        var applies = Check("850", reason: "BEG03 PO-1 already received from this customer");
        var appliesButNew = Check("850", reason: null);
        var other = Check("810", reason: "never asked");
        var purchaseOrder = PurchaseOrder();

        var reasons = await new BusinessKeyDuplicateChecks([applies, appliesButNew, other])
            .FindDuplicatesAsync(Pair, purchaseOrder, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reasons, Is.EqualTo(new[] { "BEG03 PO-1 already received from this customer" }));
            await applies.Received(1).FindDuplicateAsync(Pair, purchaseOrder, Arg.Any<CancellationToken>());
            await appliesButNew.Received(1).FindDuplicateAsync(Pair, purchaseOrder, Arg.Any<CancellationToken>());
            await other.DidNotReceiveWithAnyArgs().FindDuplicateAsync(default!, default!, default);
        }
    }

    private static IBusinessKeyDuplicateCheck Check(string transactionSetId, string? reason)
    {
        var check = Substitute.For<IBusinessKeyDuplicateCheck>();
        check.AppliesTo(Arg.Any<string>()).Returns(call => call.Arg<string>() == transactionSetId);
        check.FindDuplicateAsync(Arg.Any<PartnerPair>(), Arg.Any<TransactionSet>(), Arg.Any<CancellationToken>()).Returns(reason);
        return check;
    }

    private static TransactionSet PurchaseOrder() => new(
        [
            new Segment("ST", ["850", "0001"], X12Delimiters.Default),
            new Segment("BEG", ["00", "SA", "PO-1", "", "20261128"], X12Delimiters.Default),
            new Segment("SE", ["3", "0001"], X12Delimiters.Default),
        ],
        "004010");
}
