using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Infrastructure.Edi;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Distribution.IntegrationTests.Edi;

/// <summary>Duplicate checks of received interchanges on the hub's real SQLite file, with a clock the test moves.</summary>
[TestFixture]
public sealed class ReceivedInterchangeRegistryTests
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private HubFactory _hub = null!;
    private FakeTimeProvider _clock = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new HubFactory();
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
    }

    [OneTimeTearDown]
    public async Task StopHub() => await _hub.DisposeAsync();

    private static ReceivedInterchangeKey NewInterchange(int isa13 = 905) => new(
        PartnerPair.Create("ZZ", "DIHUB", "ZZ", "S" + Guid.NewGuid().ToString("N")[..14]), isa13, [1, 2]);

    /// <summary>One receipt as the receiving handler makes it: check and claim, then (when new and
    /// <paramref name="commit"/>) mark it taken in the receipt's own unit of work and commit.</summary>
    private async Task<ReceiptCheck> ReceiveAsync(ReceivedInterchangeKey interchange, bool commit = true)
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var registry = Registry(context);
        var result = await registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);
        if (commit && result == ReceiptCheck.New)
        {
            await registry.MarkTakenAsync(interchange, CancellationToken.None);
            await context.SaveChangesAsync();
        }

        return result;
    }

    private ReceivedInterchangeRegistry Registry(IntegrationDbContext context) => new(
        _hub.Services.GetRequiredService<IServiceScopeFactory>(),
        context,
        _clock,
        _hub.Services.GetRequiredService<ICorrelationContext>(),
        NullLogger<ReceivedInterchangeRegistry>.Instance);

    [Test]
    public async Task CheckAndRecord_FirstReceipt_IsNewAndRecorded()
    {
        var interchange = NewInterchange();

        var result = await ReceiveAsync(interchange);

        await using var scope = _hub.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<IntegrationDbContext>().ReceivedInterchanges.AsNoTracking()
            .SingleAsync(r => r.TheirId == interchange.Pair.TheirId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(ReceiptCheck.New));
            Assert.That(row.InterchangeControlNumber, Is.EqualTo(905));
            Assert.That(row.GroupControlNumbers, Is.EqualTo("1,2"));
            Assert.That(row.ReceivedAtUtc, Is.EqualTo(_clock.GetUtcNow().UtcDateTime));
        }
    }

    [Test]
    public async Task CheckAndRecord_SameIsa13WithinTheWindow_IsDuplicate()
    {
        var interchange = NewInterchange();
        await ReceiveAsync(interchange);
        _clock.Advance(Window - TimeSpan.FromMinutes(1));

        var result = await ReceiveAsync(interchange);

        Assert.That(result, Is.EqualTo(ReceiptCheck.Duplicate));
    }

    [Test]
    public async Task CheckAndRecord_SameIsa13OutsideTheWindow_IsNewAndRestartsTheWindow()
    {
        var interchange = NewInterchange();
        await ReceiveAsync(interchange);
        _clock.Advance(Window + TimeSpan.FromMinutes(1));

        var afterWindow = await ReceiveAsync(interchange);
        var resentAgain = await ReceiveAsync(interchange);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterWindow, Is.EqualTo(ReceiptCheck.New));
            Assert.That(resentAgain, Is.EqualTo(ReceiptCheck.Duplicate));
        }
    }

    [Test]
    public async Task CheckAndRecord_OtherIsa13OrOtherPartner_IsNew()
    {
        var interchange = NewInterchange();
        await ReceiveAsync(interchange);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ReceiveAsync(interchange with { InterchangeControlNumber = 906 }),
                Is.EqualTo(ReceiptCheck.New));
            Assert.That(await ReceiveAsync(interchange with { Pair = interchange.Pair with { TheirQualifier = "01" } }),
                Is.EqualTo(ReceiptCheck.New));
            Assert.That(await ReceiveAsync(interchange with { Pair = interchange.Pair with { OurId = "DIHUB2" } }),
                Is.EqualTo(ReceiptCheck.New));
        }
    }

    [Test]
    public async Task CheckAndRecord_ConcurrentReceiptsOfOneInterchange_ExactlyOneIsNew()
    {
        for (var round = 0; round < 10; round++)
        {
            var interchange = NewInterchange(round + 1);
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
                Task.Run(() => ReceiveAsync(interchange, commit: false))));

            Assert.That(results.Count(r => r == ReceiptCheck.New), Is.EqualTo(1), $"round {round}");
        }
    }

    [Test]
    public async Task CheckAndRecord_ConcurrentResendsAfterTheWindow_ExactlyOneIsNew()
    {
        var interchange = NewInterchange();
        await ReceiveAsync(interchange);
        _clock.Advance(Window + TimeSpan.FromMinutes(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => ReceiveAsync(interchange, commit: false))));

        Assert.That(results.Count(r => r == ReceiptCheck.New), Is.EqualTo(1));
    }

    [Test]
    public async Task CheckAndRecord_WhileAnotherReceiptHoldsTheClaim_IsInProgressNotDuplicate()
    {
        var interchange = NewInterchange();
        await ReceiveAsync(interchange, commit: false);

        var result = await ReceiveAsync(interchange);

        Assert.That(result, Is.EqualTo(ReceiptCheck.InProgress));
    }

    [Test]
    public async Task CheckAndRecord_AfterAClaimLapsedUncommitted_IsNew()
    {
        // The receipt that claimed it died before committing: the interchange was never taken and must not be lost.
        var interchange = NewInterchange();
        await ReceiveAsync(interchange, commit: false);
        _clock.Advance(IReceivedInterchangeRegistry.ClaimTimeout + TimeSpan.FromSeconds(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ReceiveAsync(interchange), Is.EqualTo(ReceiptCheck.New));
            Assert.That(await ReceiveAsync(interchange), Is.EqualTo(ReceiptCheck.Duplicate));
        }
    }

    [Test]
    public async Task Release_OfAnUntakenClaim_LetsTheSameInterchangeInAtOnce()
    {
        var interchange = NewInterchange();
        await ReceiveAsync(interchange, commit: false);
        await using (var scope = _hub.Services.CreateAsyncScope())
        {
            await Registry(scope.ServiceProvider.GetRequiredService<IntegrationDbContext>()).ReleaseAsync(interchange, CancellationToken.None);
        }

        Assert.That(await ReceiveAsync(interchange), Is.EqualTo(ReceiptCheck.New));
    }

    [Test]
    public async Task MarkTaken_IsSavedOnlyWithTheReceiptsCommit()
    {
        var interchange = NewInterchange();
        await using (var scope = _hub.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            var registry = Registry(context);
            await registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);
            await registry.MarkTakenAsync(interchange, CancellationToken.None);
            // No SaveChanges: the receipt failed.
        }

        Assert.That(await ReceiveAsync(interchange), Is.EqualTo(ReceiptCheck.InProgress), "an uncommitted take leaves only the claim");
    }
}
