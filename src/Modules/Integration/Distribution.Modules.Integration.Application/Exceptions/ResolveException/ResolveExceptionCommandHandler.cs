using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Exceptions.ResolveException;

internal sealed class ResolveExceptionCommandHandler(IExceptionCaseRepository exceptions, IIntegrationUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<ResolveExceptionCommand, ExceptionDto>
{
    public async ValueTask<ExceptionDto> Handle(ResolveExceptionCommand command, CancellationToken cancellationToken)
    {
        var entry = await exceptions.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Exception", command.Id);
        if (!entry.Resolve(command.Resolution.Trim(), clock.GetUtcNow().UtcDateTime))
        {
            throw new ConflictException("integration.exception-already-resolved", $"Exception {command.Id} is already resolved.");
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return ExceptionDto.From(entry);
    }
}
