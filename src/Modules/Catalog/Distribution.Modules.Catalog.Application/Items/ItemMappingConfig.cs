using Distribution.Modules.Catalog.Domain.Items;
using Mapster;

namespace Distribution.Modules.Catalog.Application.Items;

/// <summary>Item → DTO, compiled once at startup with every other mapping.</summary>
public sealed class ItemMappingConfig : IRegister
{
    /// <inheritdoc />
    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.NewConfig<Item, ItemDto>().MapWith(item => ItemDto.From(item));
    }
}
