using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Items;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.AddItemIdentifier;

internal sealed class AddItemIdentifierCommandHandler(IItemRepository items, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<AddItemIdentifierCommand, ItemDto>
{
    public async ValueTask<ItemDto> Handle(AddItemIdentifierCommand command, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(command.Sku, cancellationToken);
        string? owner = null;
        if (IdentifierFormat.TryNormalise(command.Kind, command.Value, out _, out var key, out _))
        {
            var owners = await items.IdentifierOwnersAsync([key], cancellationToken);
            owner = owners.GetValueOrDefault(key);
        }

        if (item.AddIdentifier(command.Kind, command.Value, command.Unit?.ToUpperInvariant(), owner, clock.GetUtcNow().UtcDateTime))
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return ItemDto.From(item);
    }
}
