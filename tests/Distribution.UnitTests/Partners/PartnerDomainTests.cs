using Distribution.BuildingBlocks.Domain;
using Distribution.Modules.Partners.Domain.ApiClients;
using Distribution.Modules.Partners.Domain.Customers;
using Distribution.Modules.Partners.Domain.Suppliers;
using Distribution.Modules.Partners.Domain.TradingPartners;

namespace Distribution.UnitTests.Partners;

[TestFixture]
public sealed class PartnerDomainTests
{
    private static readonly DateTime Now = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    private static void AssertBrokenRule<TRule>(Action action)
        where TRule : IBusinessRule
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(action);
        Assert.That(exception!.BrokenRule, Is.TypeOf<TRule>());
    }

    private static ShipToAddress ShipTo(string code) => new(code, "Store", "1 Main St", null, "Austin", "TX", "73301", "US");

    private static Customer NewCustomer(CustomerStatus status = CustomerStatus.Active) =>
        Customer.Create("C-1", "Harbor Tools", status, null, false, [ShipTo("MAIN")], 1000m, "NET30", Now);

    [Test]
    public void ReopenCustomer_WhenAccountIsClosed_IsNotPossible()
    {
        var customer = NewCustomer(CustomerStatus.Closed);

        AssertBrokenRule<ClosedAccountCannotBeReopenedRule>(() =>
            customer.Change("Harbor Tools", CustomerStatus.Active, null, false, [], 1000m, "NET30", Now));
    }

    [Test]
    public void HoldCustomer_WhenActive_IsPossible()
    {
        var customer = NewCustomer();

        customer.Change("Harbor Tools", CustomerStatus.OnHold, null, false, [ShipTo("MAIN")], 0m, "COD", Now.AddDays(1));

        Assert.That(customer.Status, Is.EqualTo(CustomerStatus.OnHold));
        Assert.That(customer.UpdatedAtUtc, Is.EqualTo(Now.AddDays(1)));
    }

    [Test]
    public void CreateCustomer_WhenItIsItsOwnParent_IsNotPossible() =>
        AssertBrokenRule<AccountCannotBeItsOwnParentRule>(() =>
            Customer.Create("C-1", "Loop", CustomerStatus.Active, "C-1", true, [], 0m, "NET30", Now));

    [Test]
    public void CreateCustomer_WhenParentDoesNotExist_IsNotPossible() =>
        AssertBrokenRule<ParentAccountMustExistRule>(() =>
            Customer.Create("C-2", "Orphan", CustomerStatus.Active, "C-404", false, [], 0m, "NET30", Now));

    [Test]
    public void CreateCustomer_WithAShipToCodeTwice_IsNotPossible() =>
        AssertBrokenRule<ShipToCodesMustBeUniqueRule>(() =>
            Customer.Create("C-3", "Twice", CustomerStatus.Active, null, false, [ShipTo("DC"), ShipTo("dc")], 0m, "NET30", Now));

    [TestCase(-1)]
    [TestCase(366)]
    public void CreateSupplier_WithUnrealisticLeadTime_IsNotPossible(int days) =>
        AssertBrokenRule<LeadTimeMustBeRealisticRule>(() => Supplier.Create("S-1", "Acme", true, days, 0m, Now));

    private static PartnerSettings Settings(string? isaId, params DocumentChannel[] documents) =>
        new(PartnerEnvironment.Test, "ZZ", isaId, "GS", "004010", AcknowledgementPolicy.Always, 72, "gtin", "EA", documents);

    [Test]
    public void CreateProfile_WithX12ButNoIsaId_IsNotPossible() =>
        AssertBrokenRule<X12ChannelsNeedEnvelopeIdsRule>(() => TradingPartnerProfile.Create(PartnerKind.Customer, "C-1", "EDI",
            Settings(null, new DocumentChannel("850", "inbound", "x12", "sftp")), null, null, Now));

    [TestCase("x12", "smtp")]
    [TestCase("csv", "http")]
    [TestCase("rest", "sftp")]
    [TestCase("x12", null)]
    public void CreateProfile_WhenTransportDoesNotSuitProtocol_IsNotPossible(string protocol, string? transport) =>
        AssertBrokenRule<ChannelTransportMustSuitProtocolRule>(() => TradingPartnerProfile.Create(PartnerKind.Customer, "C-1", "EDI",
            Settings("ISA", new DocumentChannel("850", "inbound", protocol, transport)), null, null, Now));

    [Test]
    public void CreateProfile_WithTwoChannelsForOneDocumentAndDirection_IsNotPossible() =>
        AssertBrokenRule<OneChannelPerDocumentRule>(() => TradingPartnerProfile.Create(PartnerKind.Supplier, "S-1", "EDI",
            Settings("ISA", new DocumentChannel("846", "inbound", "x12", "sftp"), new DocumentChannel("846", "inbound", "csv", "sftp")),
            null, null, Now));

    [Test]
    public void CreateProfile_WithRestAndWebhookOnly_NeedsNoEnvelopeIds()
    {
        var profile = TradingPartnerProfile.Create(PartnerKind.Customer, "C-1", "SaaS",
            Settings(null, new DocumentChannel("orders", "inbound", "rest", null), new DocumentChannel("events", "outbound", "webhook", null)),
            "saas-webhook", 1, Now);

        Assert.That(profile.Settings.Documents, Has.Count.EqualTo(2));
        Assert.That(profile.TemplateKey, Is.EqualTo("saas-webhook"));
    }

    [TestCase(10, null)]
    [TestCase(null, 5)]
    [TestCase(0, 0)]
    [TestCase(5, 10)]
    public void SetRateLimit_WhenIncompleteOrInconsistent_IsNotPossible(int? tokens, int? perPeriod)
    {
        var (client, _) = ApiClient.Create("ERP", ApiClientKind.Internal, null, [], Now, null);

        AssertBrokenRule<RateLimitOverrideMustBeCompleteRule>(() => client.SetRateLimit(tokens, perPeriod));
    }

    [Test]
    public void SetRateLimit_WithBothValues_ThenCleared_FallsBackToDefault()
    {
        var (client, _) = ApiClient.Create("ERP", ApiClientKind.Internal, null, [], Now, null);

        client.SetRateLimit(50, 5);
        Assert.That((client.RateLimitTokens, client.RateLimitTokensPerPeriod), Is.EqualTo((50, 5)));
        client.SetRateLimit(null, null);
        Assert.That(client.RateLimitTokens, Is.Null);
    }
}
