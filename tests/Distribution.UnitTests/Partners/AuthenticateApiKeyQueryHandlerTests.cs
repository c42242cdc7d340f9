using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Application.ApiClients.AuthenticateApiKey;
using Distribution.Modules.Partners.Domain.ApiClients;
using Distribution.UnitTests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Distribution.UnitTests.Partners;

/// <summary>Who holds a presented X-Api-Key: only an active key of a client answers, and last use is written sparingly.</summary>
public sealed class AuthenticateApiKeyQueryHandlerTests
{
    private readonly IApiClientRepository _clients = Substitute.For<IApiClientRepository>();
    private readonly IPartnersUnitOfWork _unitOfWork = UnitOfWorkSubstitute.Create<IPartnersUnitOfWork>();
    private readonly FakeTimeProvider _clock = Clock.Fake();

    [Test]
    public async Task Handle_WithAnActiveKey_ReturnsTheClientsIdentity()
    {
        var (client, secret) = Customer();

        var identity = await Authenticate(secret.PlainText);

        Assert.That(identity, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(identity!.ClientId, Is.EqualTo(client.Id));
            Assert.That(identity.Name, Is.EqualTo("Acme portal"));
            Assert.That(identity.Kind, Is.EqualTo("customer"));
            Assert.That(identity.PartnerId, Is.EqualTo("C-100"));
            Assert.That(identity.Scopes, Is.EqualTo(new[] { "orders:read" }));
            Assert.That(identity.KeyPrefix, Is.EqualTo(secret.Prefix));
        }
    }

    [Test]
    public async Task Handle_WithAWrongSecretForAKnownPrefix_IsNull()
    {
        var (_, secret) = Customer();

        var identity = await Authenticate($"dih_{secret.Prefix}_not-the-secret-at-all-not-the-secret-at-all");

        Assert.That(identity, Is.Null);
        await _unitOfWork.DidNotReceiveWithAnyArgs().CommitAsync(default);
    }

    [Test]
    public async Task Handle_WithARevokedKey_IsNull()
    {
        var (client, secret) = Customer();
        client.RevokeKey(client.Keys.Single().Id, _clock.UtcNow());

        Assert.That(await Authenticate(secret.PlainText), Is.Null);
    }

    [Test]
    public async Task Handle_WithAnExpiredKey_IsNull()
    {
        var (_, secret) = Customer(expiresAtUtc: Clock.Start.UtcDateTime.AddDays(1));
        _clock.Advance(TimeSpan.FromDays(2));

        Assert.That(await Authenticate(secret.PlainText), Is.Null);
    }

    [TestCase("")]
    [TestCase("too-short")]
    public async Task Handle_WithAMalformedKey_IsNullWithoutALookup(string presented)
    {
        Assert.That(await Authenticate(presented), Is.Null);
        await _clients.DidNotReceiveWithAnyArgs().FindByKeyPrefixAsync(default!, default);
    }

    [Test]
    public async Task Handle_WhenTwoClientsShareAPrefix_ReturnsTheOneWhoseKeyMatches()
    {
        var (decoy, _) = ApiClient.Create("Decoy", ApiClientKind.Internal, null, ["catalog:read"], _clock.UtcNow(), null);
        var (client, secret) = ApiClient.Create("Holder", ApiClientKind.Internal, null, ["catalog:read"], _clock.UtcNow(), null);
        _clients.FindByKeyPrefixAsync(secret.Prefix, Arg.Any<CancellationToken>()).Returns([decoy, client]);

        var identity = await Authenticate(secret.PlainText);

        Assert.That(identity?.ClientId, Is.EqualTo(client.Id));
    }

    [Test]
    public async Task Handle_OnFirstUse_RecordsTheUseAndCommits()
    {
        var (client, secret) = Customer();

        await Authenticate(secret.PlainText);

        Assert.That(client.Keys.Single().LastUsedAtUtc, Is.EqualTo(_clock.UtcNow()));
        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Handle_UsedAgainWithinAMinute_DoesNotWriteAgain()
    {
        var (client, secret) = Customer();
        await Authenticate(secret.PlainText);
        var firstUse = _clock.UtcNow();

        _clock.Advance(TimeSpan.FromSeconds(30));
        await Authenticate(secret.PlainText);

        Assert.That(client.Keys.Single().LastUsedAtUtc, Is.EqualTo(firstUse));
        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Handle_UsedAgainAfterMoreThanAMinute_WritesTheNewUse()
    {
        var (client, secret) = Customer();
        await Authenticate(secret.PlainText);

        _clock.Advance(TimeSpan.FromSeconds(61));
        await Authenticate(secret.PlainText);

        Assert.That(client.Keys.Single().LastUsedAtUtc, Is.EqualTo(_clock.UtcNow()));
        await _unitOfWork.Received(2).CommitAsync(Arg.Any<CancellationToken>());
    }

    private async Task<ApiClientIdentity?> Authenticate(string presented) =>
        await new AuthenticateApiKeyQueryHandler(_clients, _unitOfWork, _clock).Handle(new AuthenticateApiKeyQuery(presented), CancellationToken.None);

    private (ApiClient Client, ApiKeySecret Secret) Customer(DateTime? expiresAtUtc = null)
    {
        var (client, secret) = ApiClient.Create("Acme portal", ApiClientKind.Customer, "C-100", ["orders:read"], _clock.UtcNow(), expiresAtUtc);
        _clients.FindByKeyPrefixAsync(secret.Prefix, Arg.Any<CancellationToken>()).Returns([client]);
        return (client, secret);
    }
}
