namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Outbox";

    /// <summary>
    /// Rows one dispatcher claims at a time, and so the events one delivery job hands its subscriber: each batch
    /// pays a claim, a job and a commit per module once, whatever its size (ADR 0014's amendment measures 100 against
    /// 500). A single event still travels alone.
    /// </summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a claim holds; a crashed instance's rows come back after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A delivery not completed this long after it was enqueued is enqueued again by the sweep.</summary>
    public TimeSpan StaleDeliveryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary><c>/health/ready</c> reports unhealthy when the oldest undispatched event is older than this.</summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromMinutes(2);
}
