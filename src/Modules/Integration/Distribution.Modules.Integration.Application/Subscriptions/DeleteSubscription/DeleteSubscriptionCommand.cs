using Mediator;

namespace Distribution.Modules.Integration.Application.Subscriptions.DeleteSubscription;

/// <summary>Deletes a subscription; its undelivered messages are dead-lettered as <c>subscription-gone</c>.</summary>
/// <param name="Id">The subscription.</param>
public sealed record DeleteSubscriptionCommand(Guid Id) : ICommand;
