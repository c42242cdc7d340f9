namespace Distribution.Modules.Integration.Domain.Messages;

/// <summary>
/// Capped exponential backoff with jitter: base·2^(n−1), at most the cap, then scaled by a random factor in
/// [0.5, 1] so that receivers coming back after an outage are not hit by every retry at the same instant.
/// </summary>
/// <param name="Base">Delay after the first failure (before jitter).</param>
/// <param name="Cap">Longest delay.</param>
public sealed record RetryBackoff(TimeSpan Base, TimeSpan Cap)
{
    /// <summary>The delay before attempt <paramref name="failedAttempts"/> + 1; <paramref name="jitter"/> is in [0, 1).</summary>
    public TimeSpan DelayAfter(int failedAttempts, double jitter)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var raw = Math.Min(Base.TotalMilliseconds * Math.Pow(2, exponent), Cap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(raw * (0.5 + (Math.Clamp(jitter, 0, 1) / 2)));
    }
}
