using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.SetPackConversion;

internal sealed class SetPackConversionCommandHandler(IItemRepository items, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<SetPackConversionCommand, UomConversionsDto>
{
    public async ValueTask<UomConversionsDto> Handle(SetPackConversionCommand command, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(command.Sku, cancellationToken);
        if (item.SetPack(command.FromUnit.ToUpperInvariant(), command.Quantity, command.ToUnit.ToUpperInvariant(), clock.GetUtcNow().UtcDateTime))
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return UomConversionsDto.From(item);
    }
}
