namespace Distribution.Modules.Integration.Application.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Webhooks";

    /// <summary>Attempts before dead-lettering, for subscriptions that set none.</summary>
    public int DefaultMaxAttempts { get; set; } = 8;

    /// <summary>Delay after the first failure (doubles each time, with jitter).</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest delay between attempts.</summary>
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Most messages one delivery job attempts (sent concurrently, outcomes committed together).</summary>
    public int DeliveryBatchSize { get; set; } = 100;

    /// <summary>Most requests one delivery job has in flight at once.</summary>
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>How long to wait for a receiver to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
