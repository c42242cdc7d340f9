using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Exceptions;
using Distribution.Modules.Integration.Domain.Edi;
using Mediator;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Integration.Application.Edi.RecordEdiDeliveryFailure;

internal sealed class RecordEdiDeliveryFailureCommandHandler(
    IEdiMessageRepository messages, ExceptionQueue exceptions, IIntegrationUnitOfWork unitOfWork, IOptions<EdiOptions> options)
    : ICommandHandler<RecordEdiDeliveryFailureCommand>
{
    public async ValueTask<Unit> Handle(RecordEdiDeliveryFailureCommand command, CancellationToken cancellationToken)
    {
        var message = await messages.GetAsync(command.DocumentId, cancellationToken);
        if (message is null || message.Direction != EdiDirection.Outbound)
        {
            throw new NotFoundException("Outbound EDI document", command.DocumentId);
        }

        if (message.RecordDeliveryFailure(command.Error, options.Value.MaxDeliveryAttempts))
        {
            await exceptions.RaiseAsync(ExceptionKinds.DeliveryFailed,
                $"{message.FileName} could not be delivered over {message.Transport} in {message.Attempts} attempts: {command.Error}",
                message.PartnerId, message.Id.ToString(), cancellationToken);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
