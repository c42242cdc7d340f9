using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.RemovePackConversion;

internal sealed class RemovePackConversionCommandHandler(IItemRepository items, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<RemovePackConversionCommand, UomConversionsDto>
{
    public async ValueTask<UomConversionsDto> Handle(RemovePackConversionCommand command, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(command.Sku, cancellationToken);
        if (!item.RemovePack(command.FromUnit.ToUpperInvariant(), command.ToUnit.ToUpperInvariant(), clock.GetUtcNow().UtcDateTime))
        {
            throw new NotFoundException("Pack conversion", $"{command.FromUnit}/{command.ToUnit}");
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return UomConversionsDto.From(item);
    }
}
