using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Edi;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.MarkEdiDocumentDelivered;

internal sealed class MarkEdiDocumentDeliveredCommandHandler(IEdiMessageRepository messages, IIntegrationUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<MarkEdiDocumentDeliveredCommand>
{
    public async ValueTask<Unit> Handle(MarkEdiDocumentDeliveredCommand command, CancellationToken cancellationToken)
    {
        var message = await messages.GetAsync(command.DocumentId, cancellationToken);
        if (message is null || message.Direction != EdiDirection.Outbound)
        {
            throw new NotFoundException("Outbound EDI document", command.DocumentId);
        }

        message.MarkDelivered(command.Destination, clock.GetUtcNow().UtcDateTime);
        await unitOfWork.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
