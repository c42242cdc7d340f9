using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.CrossReferences.GetCrossReference;

internal sealed class GetCrossReferenceQueryHandler(ICrossReferenceRepository crossReferences) : IQueryHandler<GetCrossReferenceQuery, CrossReferenceDto>
{
    public async ValueTask<CrossReferenceDto> Handle(GetCrossReferenceQuery query, CancellationToken cancellationToken) =>
        CrossReferenceDto.From(await crossReferences.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Cross-reference", query.Id));
}
