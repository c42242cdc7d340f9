using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Infrastructure.Edi;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.IntegrationTests.Edi;

/// <summary>Outbound ISA13/GS06/ST02 counters on the hub's real SQLite file.</summary>
[TestFixture]
public sealed class ControlNumberAllocatorTests
{
    private HubFactory _hub = null!;
    private IControlNumberAllocator _allocator = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _hub = new HubFactory();
        _allocator = _hub.Services.GetRequiredService<IControlNumberAllocator>();
    }

    [OneTimeTearDown]
    public async Task StopHub() => await _hub.DisposeAsync();

    private static PartnerPair NewPair() => PartnerPair.Create("ZZ", "DIHUB", "ZZ", "P" + Guid.NewGuid().ToString("N")[..14]);

    [Test]
    public async Task NextAsync_EightConcurrentSendersTimesTwoHundred_HandOutSixteenHundredDistinctGapFreeNumbers()
    {
        var pair = NewPair();
        var senders = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var numbers = new List<int>(200);
            for (var i = 0; i < 200; i++)
            {
                numbers.Add(await _allocator.NextAsync(pair, ControlNumberKind.Interchange, CancellationToken.None));
            }

            return numbers;
        }));

        var all = (await Task.WhenAll(senders)).SelectMany(n => n).ToList();

        Assert.That(all.Order(), Is.EqualTo(Enumerable.Range(1, 1600)));
    }

    [Test]
    public async Task NextAsync_PerSender_IsStrictlyIncreasing()
    {
        var pair = NewPair();
        var numbers = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            numbers.Add(await _allocator.NextAsync(pair, ControlNumberKind.TransactionSet, CancellationToken.None));
        }

        Assert.That(numbers, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
    }

    [Test]
    public async Task NextAsync_SeparatePairsAndKinds_CountIndependently()
    {
        var pair = NewPair();
        var other = pair with { TheirQualifier = "01" };
        var ours = pair with { OurId = "DIHUB2" };

        await _allocator.NextAsync(pair, ControlNumberKind.Interchange, CancellationToken.None);
        await _allocator.NextAsync(pair, ControlNumberKind.Interchange, CancellationToken.None);
        var third = await _allocator.NextAsync(pair, ControlNumberKind.Interchange, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(third, Is.EqualTo(3));
            Assert.That(await _allocator.NextAsync(pair, ControlNumberKind.Group, CancellationToken.None), Is.EqualTo(1));
            Assert.That(await _allocator.NextAsync(pair, ControlNumberKind.TransactionSet, CancellationToken.None), Is.EqualTo(1));
            Assert.That(await _allocator.NextAsync(other, ControlNumberKind.Interchange, CancellationToken.None), Is.EqualTo(1));
            Assert.That(await _allocator.NextAsync(ours, ControlNumberKind.Interchange, CancellationToken.None), Is.EqualTo(1));
            Assert.That(await _allocator.NextAsync(pair, ControlNumberKind.Interchange, CancellationToken.None), Is.EqualTo(4));
        }
    }

    [Test]
    public async Task NextAsync_AfterTheNineDigitMaximum_RollsOverToOne()
    {
        var pair = NewPair();
        await using (var scope = _hub.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            context.ControlNumberCounters.Add(new ControlNumberCounter
            {
                OurQualifier = pair.OurQualifier,
                OurId = pair.OurId,
                TheirQualifier = pair.TheirQualifier,
                TheirId = pair.TheirId,
                Kind = ControlNumberKind.Group,
                Value = ControlNumbers.Max - 1,
            });
            await context.SaveChangesAsync();
        }

        var numbers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add(await _allocator.NextAsync(pair, ControlNumberKind.Group, CancellationToken.None));
        }

        Assert.That(numbers, Is.EqualTo(new[] { 999_999_999, 1, 2 }));
    }

    [Test]
    public async Task NextAsync_CommitsOnItsOwn_TheCounterRowHoldsTheLastNumber()
    {
        var pair = NewPair();
        await _allocator.NextAsync(pair, ControlNumberKind.Interchange, CancellationToken.None);
        var last = await _allocator.NextAsync(pair, ControlNumberKind.Interchange, CancellationToken.None);

        await using var scope = _hub.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var row = await context.ControlNumberCounters.AsNoTracking()
            .SingleAsync(c => c.TheirId == pair.TheirId && c.Kind == ControlNumberKind.Interchange);
        Assert.That(row.Value, Is.EqualTo(last));
    }
}
