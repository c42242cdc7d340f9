using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.SetItemAttribute;

internal sealed class SetItemAttributeCommandHandler(
    IItemRepository items, ICatalogUnitOfWork unitOfWork, IAttributeSourceRanking ranking, TimeProvider clock)
    : ICommandHandler<SetItemAttributeCommand, ItemDto>
{
    public async ValueTask<ItemDto> Handle(SetItemAttributeCommand command, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(command.Sku, cancellationToken);
        var source = command.Source.Trim().ToLowerInvariant();
        if (item.SetAttribute(command.Name.Trim(), command.Value, source, clock.GetUtcNow().UtcDateTime, s => ranking.RankOf(command.Name, s)))
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return ItemDto.From(item);
    }
}
