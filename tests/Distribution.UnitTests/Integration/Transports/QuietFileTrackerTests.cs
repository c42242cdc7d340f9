using Distribution.Modules.Integration.Infrastructure.Edi.Transports;
using Distribution.UnitTests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Distribution.UnitTests.Integration.Transports;

/// <summary>A partner's file is taken only once the partner has finished writing it.</summary>
public sealed class QuietFileTrackerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _clock = Clock.Fake();

    private QuietFileTracker Tracker() => new(_clock);

    private TransportFile File(string name, double secondsAgo, long length = 100) =>
        new(name, length, _clock.UtcNow().AddSeconds(-secondsAgo));

    [Test]
    public void ReadyFiles_WhenModifiedLongerAgoThanTheQuietPeriod_TakesThem()
    {
        var ready = Tracker().ReadyFiles("in", [File("a.x12", 6), File("b.x12", 60)], Quiet);

        Assert.That(ready.Select(f => f.Name), Is.EqualTo(new[] { "b.x12", "a.x12" }), "oldest first");
    }

    [Test]
    public void ReadyFiles_WhenModifiedWithinTheQuietPeriod_LeavesThem()
    {
        var ready = Tracker().ReadyFiles("in", [File("writing.x12", 1)], Quiet);

        Assert.That(ready, Is.Empty);
    }

    [TestCase(".hidden.x12")]
    [TestCase("po.x12.tmp")]
    [TestCase("po.x12.part")]
    [TestCase("PO.X12.PART")]
    [TestCase("po.x12.filepart")]
    public void ReadyFiles_ForTemporaryOrHiddenNames_NeverTakesThem(string name)
    {
        var ready = Tracker().ReadyFiles("in", [File(name, 3600)], Quiet);

        Assert.That(ready, Is.Empty);
    }

    [Test]
    public void ReadyFiles_WhenTheServerClockRunsAhead_TakesTheFileOnceItStayedUnchangedForTheQuietPeriod()
    {
        var tracker = Tracker();
        var future = new TransportFile("a.x12", 100, _clock.UtcNow().AddHours(1));

        var first = tracker.ReadyFiles("in", [future], Quiet);
        _clock.Advance(Quiet);
        var later = tracker.ReadyFiles("in", [future], Quiet);

        Assert.That(first, Is.Empty);
        Assert.That(later.Select(f => f.Name), Is.EqualTo(new[] { "a.x12" }));
    }

    [Test]
    public void ReadyFiles_WhenAFileKeepsGrowing_WaitsAgainAfterEachChange()
    {
        var tracker = Tracker();
        var future = _clock.UtcNow().AddHours(1);

        tracker.ReadyFiles("in", [new TransportFile("a.x12", 100, future)], Quiet);
        _clock.Advance(Quiet);
        var grown = tracker.ReadyFiles("in", [new TransportFile("a.x12", 200, future)], Quiet);

        Assert.That(grown, Is.Empty);
    }

    [Test]
    public void ReadyFiles_KeepsObservationsPerSource()
    {
        var tracker = Tracker();
        var future = new TransportFile("a.x12", 100, _clock.UtcNow().AddHours(1));
        tracker.ReadyFiles("partner-1", [future], Quiet);
        _clock.Advance(Quiet);

        var otherSource = tracker.ReadyFiles("partner-2", [future], Quiet);

        Assert.That(otherSource, Is.Empty);
    }

    [Test]
    public void Stamped_PrefixesTheUtcTimeSoNamesNeverClash()
    {
        var name = TransportFile.Stamped("po.x12", new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc));

        Assert.That(name, Is.EqualTo("20260102T030405678Z_po.x12"));
    }
}
