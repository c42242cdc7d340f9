using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.CrossReferences.EndCrossReference;

internal sealed class EndCrossReferenceCommandHandler(ICrossReferenceRepository crossReferences, ICatalogUnitOfWork unitOfWork)
    : ICommandHandler<EndCrossReferenceCommand, CrossReferenceDto>
{
    public async ValueTask<CrossReferenceDto> Handle(EndCrossReferenceCommand command, CancellationToken cancellationToken)
    {
        var crossReference = await crossReferences.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Cross-reference", command.Id);
        if (crossReference.Version != command.ExpectedVersion)
        {
            throw PreconditionException.Failed();
        }

        crossReference.End(command.ValidToUtc.ToUniversalTime());
        await unitOfWork.CommitAsync(cancellationToken);
        return CrossReferenceDto.From(crossReference);
    }
}
