using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Subscriptions.DeleteSubscription;

internal sealed class DeleteSubscriptionCommandHandler(ISubscriptionRepository subscriptions, IIntegrationUnitOfWork unitOfWork)
    : ICommandHandler<DeleteSubscriptionCommand>
{
    public async ValueTask<Unit> Handle(DeleteSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(command.Id, cancellationToken)
            ?? throw new NotFoundException("Subscription", command.Id);
        subscriptions.Remove(subscription);
        await unitOfWork.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
