using Mediator;

namespace Distribution.Modules.Integration.Application.Subscriptions.CreateSubscription;

/// <summary>Subscribes a URL to events.</summary>
/// <param name="Name">Display name.</param>
/// <param name="EventType">An event type (<c>catalog.item-created.v1</c>), a prefix (<c>catalog.*</c>) or <c>*</c>.</param>
/// <param name="Url">Absolute http(s) URL receiving the POSTs.</param>
/// <param name="Secret">Signing secret, at least 24 characters; generated when omitted.</param>
/// <param name="MaxAttempts">Attempts before dead-lettering (1–50); the configured default when omitted.</param>
public sealed record CreateSubscriptionCommand(string Name, string EventType, string Url, string? Secret, int? MaxAttempts)
    : ICommand<CreatedSubscriptionDto>;
