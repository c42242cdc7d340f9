using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.SetItemSubstitute;

internal sealed class SetItemSubstituteCommandHandler(IItemRepository items, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<SetItemSubstituteCommand, ItemDto>
{
    public async ValueTask<ItemDto> Handle(SetItemSubstituteCommand command, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(command.Sku, cancellationToken);
        var substitute = await items.ReadAsync(command.SubstituteSku, cancellationToken);
        if (item.SetSubstitute(substitute.Id, substitute.Sku, command.Priority, command.Reason, clock.GetUtcNow().UtcDateTime))
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return ItemDto.From(item);
    }
}
