using Distribution.BuildingBlocks.Application.Auditing;
using Distribution.BuildingBlocks.Infrastructure.Auditing;

namespace Distribution.UnitTests.Partners;

[TestFixture]
public sealed class AuditChainTests
{
    private static AuditRecord Record(int status = 201) => new(new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc), "client-1", "ERP", "internal",
        "CreateCustomer", "POST", "/api/v1/customers", status, "corr-1", "{\"accountNumber\":\"C-1\"}");

    [Test]
    public void Chain_EachHashCoversThePreviousHash()
    {
        var first = AuditEntry.Chain(1, AuditEntry.GenesisHash, Record());
        var second = AuditEntry.Chain(2, first.Hash, Record());
        var forked = AuditEntry.Chain(2, AuditEntry.GenesisHash, Record());

        Assert.That(second.PreviousHash, Is.EqualTo(first.Hash));
        Assert.That(second.Hash, Is.Not.EqualTo(forked.Hash));
        Assert.That(second.ComputeHash(), Is.EqualTo(second.Hash));
    }

    [Test]
    public void Hash_ChangesWhenAnyFieldChanges()
    {
        var original = AuditEntry.Chain(1, AuditEntry.GenesisHash, Record(201));
        var altered = AuditEntry.Chain(1, AuditEntry.GenesisHash, Record(500));

        Assert.That(altered.Hash, Is.Not.EqualTo(original.Hash));
    }

    [TestCase("apiKey")]
    [TestCase("webhookSecret")]
    [TestCase("client_secret")]
    [TestCase("password")]
    [TestCase("accessToken")]
    [TestCase("key")]
    public void Redact_MasksSecretLookingProperties(string name)
    {
        var redacted = SecretRedactor.Redact("application/json", $"{{\"keep\":\"visible\",\"inner\":[{{\"{name}\":\"s3cr3t\"}}]}}");

        Assert.That(redacted, Does.Not.Contain("s3cr3t"));
        Assert.That(redacted, Does.Contain("visible").And.Contain("***"));
    }

    [TestCase("templateKey")]
    [TestCase("accountNumber")]
    public void Redact_KeepsOrdinaryProperties(string name) =>
        Assert.That(SecretRedactor.Redact("application/json", $"{{\"{name}\":\"plain\"}}"), Does.Contain("plain"));

    [Test]
    public void Redact_NeverStoresNonJsonBodies() =>
        Assert.That(SecretRedactor.Redact("application/x-www-form-urlencoded", "apiKey=dih_x_y"), Does.Not.Contain("dih_x_y"));
}
