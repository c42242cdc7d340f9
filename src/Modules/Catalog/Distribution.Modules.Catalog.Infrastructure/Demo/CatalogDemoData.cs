using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Items;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Catalog.Infrastructure.Demo;

/// <summary>Demo items (<c>Demo:Seed=true</c>): what the Swagger examples refer to.</summary>
internal sealed class CatalogDemoData(IConfiguration configuration) : IStartupTask
{
    private static readonly (string Sku, string Name, string Unit)[] Items =
    [
        ("BLT-M8-40", "Hex bolt M8 x 40, zinc plated", "EA"),
        ("NUT-M8", "Hex nut M8, zinc plated", "EA"),
        ("GLV-NIT-L", "Nitrile gloves, large, box of 100", "BX"),
        ("TAPE-PK-48", "Packing tape 48 mm x 66 m", "EA"),
    ];

    public int Order => 100;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Demo:Seed"))
        {
            return;
        }

        var repository = services.GetRequiredService<IItemRepository>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var added = false;
        foreach (var (sku, name, unit) in Items)
        {
            if (!await repository.SkuExistsAsync(sku, cancellationToken))
            {
                repository.Add(Item.Create(sku, name, "Demo data", unit, now));
                added = true;
            }
        }

        if (added)
        {
            await services.GetRequiredService<ICatalogUnitOfWork>().CommitAsync(cancellationToken);
        }
    }
}
