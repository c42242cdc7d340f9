using Distribution.ArchitectureTests.Support;
using Distribution.BuildingBlocks.Infrastructure.Mapping;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Domain.Items;
using Mapster;
using MapsterMapper;

namespace Distribution.ArchitectureTests;

/// <summary>The host compiles one Mapster config from every module's Application assembly at startup; so do we.</summary>
public sealed class MappingTests
{
    private static TypeAdapterConfig BuildConfig() => MappingRegistration.BuildConfig(
        HubAssemblies.Modules.Select(m => m.Layer(HubModule.Application)).ToArray());

    [Test]
    public void MappingConfig_CompilesForEveryApplicationAssembly()
    {
        var config = BuildConfig();
        Assert.DoesNotThrow(() => config.Compile());
        Assert.That(config.RequireExplicitMapping, Is.True, "Unregistered mappings must fail loudly, not map by guesswork.");
    }

    [Test]
    public void ItemToItemDto_MapsEveryFieldAndTheStatusInLowerCase()
    {
        var mapper = new Mapper(BuildConfig());
        var item = Item.Create("BLT-M8-40", "Hex bolt M8 x 40", "Zinc plated", "EA", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        var dto = mapper.Map<ItemDto>(item);

        Assert.That((dto.Id, dto.Sku, dto.Name, dto.Description, dto.BaseUnit, dto.Status, dto.Version),
            Is.EqualTo((item.Id, "BLT-M8-40", "Hex bolt M8 x 40", "Zinc plated", "EA", "active", 0L)));
        Assert.That(dto.Identifiers, Is.Empty);
    }
}
