using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Mediator;

namespace Distribution.Modules.Catalog.Application.CrossReferences.CreateCrossReference;

internal sealed class CreateCrossReferenceCommandHandler(
    IItemRepository items, ICrossReferenceRepository crossReferences, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CreateCrossReferenceCommand, CrossReferenceDto>
{
    public async ValueTask<CrossReferenceDto> Handle(CreateCrossReferenceCommand command, CancellationToken cancellationToken)
    {
        var item = await items.ReadAsync(command.Sku, cancellationToken);
        var existing = await crossReferences.ListForNumberAsync(
            command.Kind, command.PartnerId, CrossReference.LookupOf(command.PartnerValue), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var crossReference = CrossReference.Create(
            command.Kind, command.PartnerId.Trim(), command.PartnerValue, item.Id, item.Sku, command.PartnerUnit?.ToUpperInvariant(),
            command.PackSize, command.ValidFromUtc?.ToUniversalTime() ?? now, command.ValidToUtc?.ToUniversalTime(),
            existing.Select(e => (e.ValidFromUtc, e.ValidToUtc)), now);
        crossReferences.Add(crossReference);
        await unitOfWork.CommitAsync(cancellationToken);
        return CrossReferenceDto.From(crossReference);
    }
}
