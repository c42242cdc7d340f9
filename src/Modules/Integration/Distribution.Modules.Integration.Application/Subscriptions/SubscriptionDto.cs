using Distribution.Modules.Integration.Domain.Subscriptions;

namespace Distribution.Modules.Integration.Application.Subscriptions;

/// <summary>A webhook subscription (the secret is never shown again after creation).</summary>
/// <param name="Id">Subscription id.</param>
/// <param name="Name">Display name.</param>
/// <param name="EventType">Event type, prefix (<c>orders.*</c>) or <c>*</c>.</param>
/// <param name="Url">Receiver URL.</param>
/// <param name="MaxAttempts">Attempts before dead-lettering.</param>
/// <param name="Enabled">False: receives nothing new.</param>
/// <param name="CreatedAt">Created at (UTC).</param>
public sealed record SubscriptionDto(Guid Id, string Name, string EventType, Uri Url, int MaxAttempts, bool Enabled, DateTime CreatedAt)
{
    internal static SubscriptionDto From(WebhookSubscription s) => new(s.Id, s.Name, s.EventType, s.Url, s.MaxAttempts, s.Enabled, s.CreatedAtUtc);
}

/// <summary>A new subscription, with its signing secret shown this once.</summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="Secret">The HMAC secret receivers verify <c>webhook-signature</c> with.</param>
public sealed record CreatedSubscriptionDto(SubscriptionDto Subscription, string Secret);
