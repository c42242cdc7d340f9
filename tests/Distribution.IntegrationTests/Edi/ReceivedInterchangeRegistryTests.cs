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
    private ReceivedInterchangeRegistry _registry = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new HubFactory();
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        _registry = new ReceivedInterchangeRegistry(
            _hub.Services.GetRequiredService<IServiceScopeFactory>(),
            _clock,
            _hub.Services.GetRequiredService<ICorrelationContext>(),
            NullLogger<ReceivedInterchangeRegistry>.Instance);
    }

    [OneTimeTearDown]
    public async Task StopHub() => await _hub.DisposeAsync();

    private static ReceivedInterchangeKey NewInterchange(int isa13 = 905) => new(
        PartnerPair.Create("ZZ", "DIHUB", "ZZ", "S" + Guid.NewGuid().ToString("N")[..14]), isa13, [1, 2]);

    [Test]
    public async Task CheckAndRecord_FirstReceipt_IsNewAndRecorded()
    {
        var interchange = NewInterchange();

        var result = await _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);

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
        await _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);
        _clock.Advance(Window - TimeSpan.FromMinutes(1));

        var result = await _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);

        Assert.That(result, Is.EqualTo(ReceiptCheck.Duplicate));
    }

    [Test]
    public async Task CheckAndRecord_SameIsa13OutsideTheWindow_IsNewAndRestartsTheWindow()
    {
        var interchange = NewInterchange();
        await _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);
        _clock.Advance(Window + TimeSpan.FromMinutes(1));

        var afterWindow = await _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);
        var resentAgain = await _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);

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
        await _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _registry.CheckAndRecordAsync(interchange with { InterchangeControlNumber = 906 }, Window, CancellationToken.None),
                Is.EqualTo(ReceiptCheck.New));
            Assert.That(await _registry.CheckAndRecordAsync(interchange with { Pair = interchange.Pair with { TheirQualifier = "01" } }, Window, CancellationToken.None),
                Is.EqualTo(ReceiptCheck.New));
            Assert.That(await _registry.CheckAndRecordAsync(interchange with { Pair = interchange.Pair with { OurId = "DIHUB2" } }, Window, CancellationToken.None),
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
                Task.Run(() => _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None))));

            Assert.That(results.Count(r => r == ReceiptCheck.New), Is.EqualTo(1), $"round {round}");
        }
    }

    [Test]
    public async Task CheckAndRecord_ConcurrentResendsAfterTheWindow_ExactlyOneIsNew()
    {
        var interchange = NewInterchange();
        await _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None);
        _clock.Advance(Window + TimeSpan.FromMinutes(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => _registry.CheckAndRecordAsync(interchange, Window, CancellationToken.None))));

        Assert.That(results.Count(r => r == ReceiptCheck.New), Is.EqualTo(1));
    }
}
