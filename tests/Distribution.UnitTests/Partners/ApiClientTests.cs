using Distribution.Modules.Partners.Domain.ApiClients;
using Distribution.UnitTests.Support;

namespace Distribution.UnitTests.Partners;

/// <summary>API clients: scopes, at most two active keys for rotation, and which keys still open the door.</summary>
public sealed class ApiClientTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    [Test]
    public void Create_WhenAdmin_GetsOnlyTheAdminScope()
    {
        var (client, _) = ApiClient.Create("IT", ApiClientKind.Admin, null, ["catalog:read", "orders:write"], Now, null);

        Assert.That(client.Scopes, Is.EqualTo(new[] { "admin" }));
    }

    [Test]
    public void Create_WhenNotAdmin_KeepsTheGrantedScopesOnceAndInOrder()
    {
        var (client, _) = ApiClient.Create("Portal", ApiClientKind.Customer, "C-100",
            ["orders:read", "catalog:read", "orders:read"], Now, null);

        Assert.That(client.Scopes, Is.EqualTo(new[] { "catalog:read", "orders:read" }));
        Assert.That(client.Scopes, Does.Not.Contain("admin"));
        Assert.That(client.PartnerId, Is.EqualTo("C-100"));
    }

    [Test]
    public void Create_IssuesTheFirstKey_StoringOnlyItsPrefixAndHash()
    {
        var (client, secret) = ApiClient.Create("ERP", ApiClientKind.Internal, null, ["catalog:write"], Now, Now.AddDays(90));

        var key = client.Keys.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(key.Prefix, Is.EqualTo(secret.Prefix));
            Assert.That(key.Hash, Is.EqualTo(secret.Hash).And.Not.EqualTo(secret.PlainText));
            Assert.That(key.ExpiresAtUtc, Is.EqualTo(Now.AddDays(90)));
            Assert.That(key.IsActive(Now), Is.True);
        }
    }

    [Test]
    public void Create_WithAConfiguredKey_UsesThatKey()
    {
        var configured = ApiKeySecret.FromConfigured("bootstrap-admin-key-0123456789-abcdef");

        var (client, secret) = ApiClient.Create("Bootstrap admin", ApiClientKind.Admin, null, [], Now, null, configured);

        Assert.That(secret, Is.SameAs(configured));
        Assert.That(client.ActiveKeyMatching(configured.PlainText, Now), Is.Not.Null);
    }

    [Test]
    public void IssueKey_WhenOneKeyIsActive_IsPossible()
    {
        var (client, _) = NewClient();

        var second = client.IssueKey(Now, null);

        Assert.That(client.Keys, Has.Count.EqualTo(2));
        Assert.That(client.ActiveKeyMatching(second.PlainText, Now), Is.Not.Null);
    }

    [Test]
    public void IssueKey_WhenTwoKeysAreActive_IsNotPossible()
    {
        var (client, _) = NewClient();
        client.IssueKey(Now, null);

        var rule = BusinessRuleAssert.IsBroken<AtMostTwoActiveKeysRule>(() => client.IssueKey(Now, null));

        Assert.That(rule.Code, Is.EqualTo("partners.too-many-active-keys"));
        Assert.That(client.Keys, Has.Count.EqualTo(2), "The refused key is not added.");
    }

    [Test]
    public void IssueKey_WhenOneOfTwoKeysIsRevoked_IsPossible()
    {
        var (client, _) = NewClient();
        client.IssueKey(Now, null);
        client.RevokeKey(client.Keys.First().Id, Now);

        Assert.DoesNotThrow(() => client.IssueKey(Now, null));
        Assert.That(client.Keys.Count(k => k.IsActive(Now)), Is.EqualTo(2));
    }

    [Test]
    public void IssueKey_WhenOneOfTwoKeysHasExpired_IsPossible()
    {
        var (client, _) = ApiClient.Create("Supplier feed", ApiClientKind.Supplier, "S-7", ["inventory:write"], Now, Now.AddDays(1));
        client.IssueKey(Now, null);

        Assert.DoesNotThrow(() => client.IssueKey(Now.AddDays(2), null));
    }

    [Test]
    public void ActiveKeyMatching_WithTheIssuedKey_FindsIt()
    {
        var (client, secret) = NewClient();

        Assert.That(client.ActiveKeyMatching(secret.PlainText, Now)?.Prefix, Is.EqualTo(secret.Prefix));
    }

    [Test]
    public void ActiveKeyMatching_WhenTheKeyIsRevoked_FindsNothing()
    {
        var (client, secret) = NewClient();
        client.RevokeKey(client.Keys.Single().Id, Now);

        Assert.That(client.ActiveKeyMatching(secret.PlainText, Now.AddSeconds(1)), Is.Null);
    }

    [Test]
    public void ActiveKeyMatching_WhenTheKeyHasExpired_FindsNothing()
    {
        var (client, secret) = ApiClient.Create("Portal", ApiClientKind.Customer, "C-1", ["orders:read"], Now, Now.AddDays(30));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(client.ActiveKeyMatching(secret.PlainText, Now.AddDays(30).AddTicks(-1)), Is.Not.Null);
            Assert.That(client.ActiveKeyMatching(secret.PlainText, Now.AddDays(30)), Is.Null, "A key stops working at its expiry.");
        }
    }

    [Test]
    public void ActiveKeyMatching_WithAnotherSecretOfTheSamePrefix_FindsNothing()
    {
        var (client, secret) = NewClient();
        var forged = secret.PlainText[..^4] + "AAAA";

        Assert.That(client.ActiveKeyMatching(forged, Now), Is.Null);
    }

    [Test]
    public void RevokeKey_WhenTheClientHasNoSuchKey_ReturnsFalse()
    {
        var (client, _) = NewClient();

        Assert.That(client.RevokeKey(Guid.NewGuid(), Now), Is.False);
        Assert.That(client.Keys.Single().RevokedAtUtc, Is.Null);
    }

    [Test]
    public void RevokeKey_Twice_KeepsTheFirstRevocationTime()
    {
        var (client, _) = NewClient();
        var keyId = client.Keys.Single().Id;

        Assert.That(client.RevokeKey(keyId, Now), Is.True);
        Assert.That(client.RevokeKey(keyId, Now.AddHours(1)), Is.True);

        Assert.That(client.Keys.Single().RevokedAtUtc, Is.EqualTo(Now));
    }

    [Test]
    public void RecordUse_SetsTheKeysLastUse()
    {
        var (client, _) = NewClient();
        var key = client.Keys.Single();

        client.RecordUse(key.Id, Now.AddMinutes(5));

        Assert.That(key.LastUsedAtUtc, Is.EqualTo(Now.AddMinutes(5)));
    }

    private static (ApiClient Client, ApiKeySecret Secret) NewClient() =>
        ApiClient.Create("ERP connector", ApiClientKind.Internal, null, ["catalog:read"], Now, null);
}
