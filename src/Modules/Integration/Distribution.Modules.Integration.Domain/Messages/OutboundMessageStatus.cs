namespace Distribution.Modules.Integration.Domain.Messages;

/// <summary>Where an outbound message is in its life.</summary>
public enum OutboundMessageStatus
{
    /// <summary>Waiting for its first attempt (or replayed).</summary>
    Pending,

    /// <summary>Failed at least once; the next attempt is scheduled.</summary>
    Retrying,

    /// <summary>The receiver answered 2xx.</summary>
    Sent,

    /// <summary>Given up on, with a reason; replay puts it back.</summary>
    DeadLettered,
}
