using Mediator;

namespace Distribution.Modules.Integration.Application.Webhooks.DeliverWebhook;

/// <summary>Makes one delivery attempt of an outbound webhook message (run by its job).</summary>
/// <param name="MessageId">The outbound message.</param>
public sealed record DeliverWebhookCommand(Guid MessageId) : ICommand<DeliveryOutcome>;

/// <summary>What an attempt did.</summary>
public enum DeliveryOutcome
{
    /// <summary>Nothing to do (already sent, dead-lettered, or unknown).</summary>
    Skipped,

    /// <summary>The receiver answered 2xx.</summary>
    Sent,

    /// <summary>Failed; another attempt is scheduled.</summary>
    RetryScheduled,

    /// <summary>Failed for the last time, or the subscription is gone.</summary>
    DeadLettered,
}
