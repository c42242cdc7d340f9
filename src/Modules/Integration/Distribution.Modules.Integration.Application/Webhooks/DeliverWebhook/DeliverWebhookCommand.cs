using Mediator;

namespace Distribution.Modules.Integration.Application.Webhooks.DeliverWebhook;

/// <summary>
/// Makes one delivery attempt of each of a batch of outbound webhook messages (run by their job): the requests go
/// out concurrently, the outcomes are recorded in one commit, and each failed message gets its own retry time.
/// </summary>
/// <param name="MessageIds">The outbound messages.</param>
public sealed record DeliverWebhookCommand(IReadOnlyList<Guid> MessageIds) : ICommand<IReadOnlyList<WebhookDeliveryResult>>
{
    /// <summary>One message.</summary>
    public DeliverWebhookCommand(Guid messageId)
        : this([messageId])
    {
    }
}

/// <summary>What the attempt did to one message.</summary>
/// <param name="MessageId">The outbound message.</param>
/// <param name="CorrelationId">Its correlation id (null when unknown).</param>
/// <param name="Outcome">What happened.</param>
public sealed record WebhookDeliveryResult(Guid MessageId, string? CorrelationId, DeliveryOutcome Outcome);

/// <summary>What an attempt did.</summary>
public enum DeliveryOutcome
{
    /// <summary>Nothing to do (already sent, dead-lettered, not due yet, or unknown).</summary>
    Skipped,

    /// <summary>The receiver answered 2xx.</summary>
    Sent,

    /// <summary>Failed; another attempt is scheduled.</summary>
    RetryScheduled,

    /// <summary>Failed for the last time, or the subscription is gone.</summary>
    DeadLettered,
}
