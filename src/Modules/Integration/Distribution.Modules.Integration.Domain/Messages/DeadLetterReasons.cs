namespace Distribution.Modules.Integration.Domain.Messages;

/// <summary>Why a message was dead-lettered: stable codes for operators and alerts.</summary>
public static class DeadLetterReasons
{
    /// <summary>Every attempt the subscription allows failed.</summary>
    public const string AttemptsExhausted = "attempts-exhausted";

    /// <summary>The subscription was deleted or disabled before the message got through.</summary>
    public const string SubscriptionGone = "subscription-gone";
}
