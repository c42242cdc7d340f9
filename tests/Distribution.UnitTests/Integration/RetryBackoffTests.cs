using Distribution.Modules.Integration.Domain.Messages;

namespace Distribution.UnitTests.Integration;

/// <summary>Capped exponential backoff with jitter: base·2^(n−1), at most the cap, scaled by a factor in [0.5, 1].</summary>
public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(30);
    private static readonly RetryBackoff Backoff = new(Base, Cap);

    // Computed here, not by the code under test: base·2^(n−1), capped.
    private static TimeSpan RawDelay(int failedAttempts) =>
        TimeSpan.FromMilliseconds(Math.Min(Base.TotalMilliseconds * Math.Pow(2, failedAttempts - 1), Cap.TotalMilliseconds));

    [Test]
    public void DelayAfter_FirstFailureWithFullJitterFactor_IsTheBase()
    {
        Assert.That(Backoff.DelayAfter(1, jitter: 1), Is.EqualTo(Base));
    }

    [Test]
    public void DelayAfter_FirstFailureWithNoJitter_IsHalfTheBase()
    {
        Assert.That(Backoff.DelayAfter(1, jitter: 0), Is.EqualTo(Base / 2));
    }

    [TestCase(1, 5)]
    [TestCase(2, 10)]
    [TestCase(3, 20)]
    [TestCase(4, 40)]
    [TestCase(9, 1280)]
    public void DelayAfter_BeforeTheCap_DoublesWithEachFailure(int failedAttempts, int expectedSeconds)
    {
        Assert.That(Backoff.DelayAfter(failedAttempts, jitter: 1), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [TestCase(10)]
    [TestCase(20)]
    [TestCase(31)]
    [TestCase(int.MaxValue)]
    public void DelayAfter_WhenTheRawDelayExceedsTheCap_IsTheCap(int failedAttempts)
    {
        Assert.That(Backoff.DelayAfter(failedAttempts, jitter: 1), Is.EqualTo(Cap));
    }

    [Test]
    public void DelayAfter_ForAnyJitter_StaysBetweenHalfAndAllOfTheRawDelay()
    {
        double[] jitters = [0, 0.001, 0.25, 0.5, 0.75, 0.999, 1];
        using (Assert.EnterMultipleScope())
        {
            for (var attempts = 1; attempts <= 15; attempts++)
            {
                var raw = RawDelay(attempts);
                foreach (var jitter in jitters)
                {
                    Assert.That(Backoff.DelayAfter(attempts, jitter), Is.InRange(raw / 2, raw), $"attempts {attempts}, jitter {jitter}");
                }
            }
        }
    }

    [Test]
    public void DelayAfter_ForAnyJitter_NeverExceedsTheCap()
    {
        var random = new Random(20260302);
        using (Assert.EnterMultipleScope())
        {
            for (var i = 0; i < 500; i++)
            {
                var attempts = random.Next(1, 100);
                Assert.That(Backoff.DelayAfter(attempts, random.NextDouble()), Is.LessThanOrEqualTo(Cap));
            }
        }
    }

    [Test]
    public void DelayAfter_WithTheSameJitter_GrowsWithAttemptsUntilTheCap()
    {
        var previous = TimeSpan.Zero;
        using (Assert.EnterMultipleScope())
        {
            for (var attempts = 1; attempts <= 12; attempts++)
            {
                var delay = Backoff.DelayAfter(attempts, jitter: 0.3);
                if (RawDelay(attempts) < Cap)
                {
                    Assert.That(delay, Is.GreaterThan(previous), $"attempts {attempts}");
                }
                else
                {
                    Assert.That(delay, Is.GreaterThanOrEqualTo(previous), $"attempts {attempts}");
                }

                previous = delay;
            }
        }
    }

    [TestCase(-1.0, 0.5)]
    [TestCase(7.0, 1.0)]
    public void DelayAfter_WithJitterOutsideZeroToOne_IsClampedIntoRange(double jitter, double expectedFactor)
    {
        Assert.That(Backoff.DelayAfter(3, jitter), Is.EqualTo(RawDelay(3) * expectedFactor));
    }

    [Test]
    public void DelayAfter_WhenTheCapIsBelowTheBase_IsTheCap()
    {
        var backoff = new RetryBackoff(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(10));

        Assert.That(backoff.DelayAfter(1, jitter: 1), Is.EqualTo(TimeSpan.FromSeconds(10)));
    }
}
