using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Integration.Domain.Subscriptions;

/// <summary>
/// A partner's wish to receive events by webhook: which events (an exact type such as <c>catalog.item-created.v1</c>,
/// a prefix such as <c>catalog.*</c>, or <c>*</c>), where to POST them, and the secret that signs them.
/// </summary>
public sealed class WebhookSubscription : AggregateRoot<Guid>
{
    private WebhookSubscription()
    {
    }

    /// <summary>Display name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The event type or prefix.</summary>
    public string EventType { get; private set; } = string.Empty;

    /// <summary>Absolute http(s) URL that receives the POSTs.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>HMAC-SHA256 signing secret (Standard Webhooks).</summary>
    public string Secret { get; private set; } = string.Empty;

    /// <summary>Attempts before a message is dead-lettered.</summary>
    public int MaxAttempts { get; private set; }

    /// <summary>Disabled subscriptions receive nothing new.</summary>
    public bool Enabled { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Creates an enabled subscription.</summary>
    public static WebhookSubscription Create(string name, string eventType, Uri url, string secret, int maxAttempts, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name,
        EventType = eventType,
        Url = url,
        Secret = secret,
        MaxAttempts = maxAttempts,
        Enabled = true,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>Changes what and where it delivers.</summary>
    public void Change(string name, string eventType, Uri url, int maxAttempts, bool enabled)
    {
        Name = name;
        EventType = eventType;
        Url = url;
        MaxAttempts = maxAttempts;
        Enabled = enabled;
    }
}
