using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Exceptions.RaiseException;

internal sealed class RaiseExceptionCommandHandler(ExceptionQueue queue, IIntegrationUnitOfWork unitOfWork)
    : ICommandHandler<RaiseExceptionCommand, Guid>
{
    public async ValueTask<Guid> Handle(RaiseExceptionCommand command, CancellationToken cancellationToken)
    {
        var id = await queue.RaiseAsync(command.Kind, command.Message, command.PartnerId, command.Reference, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return id;
    }
}
