using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.Units;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Catalog.Infrastructure.Demo;

/// <summary>
/// Demo items with identifiers, pack levels, a substitute, attributes and supplier/customer cross-references
/// (<c>Demo:Seed=true</c>): what the Swagger examples (<see cref="CatalogExamples"/>) refer to.
/// </summary>
internal sealed class CatalogDemoData(IConfiguration configuration) : IStartupTask
{
    public const string Supplier = "SUP-FASTCO";
    public const string Customer = "CUST-ACME";

    private static readonly DemoItem[] Items =
    [
        new("BLT-M8-40", "Hex bolt M8 x 40, zinc plated", "EA",
            [new("BX", 100m, "EA"), new("CA", 10m, "BX"), new("PL", 40m, "CA")],
            [(IdentifierKind.Gtin, "4006381333931", "EA"), (IdentifierKind.Gtin, "14006381333952", "CA"), (IdentifierKind.ManufacturerPart, "DIN933-M8X40-ZN", "EA")],
            [("material", "Steel 8.8, zinc plated"), ("thread", "M8")]),
        new("BLT-M8-40-SS", "Hex bolt M8 x 40, stainless", "EA",
            [new("BX", 100m, "EA")], [(IdentifierKind.Gtin, "4006381333962", "EA")], [("thread", "M8")]),
        new("NUT-M8", "Hex nut M8, zinc plated", "EA",
            [new("BX", 200m, "EA")], [(IdentifierKind.Gtin, "4006381333948", "EA")], [("thread", "M8")]),
        new("NUT-M8-SS", "Hex nut M8, stainless", "EA", [new("BX", 200m, "EA")], [(IdentifierKind.Gtin, "4006381333979", "EA")], []),
        new("GLV-NIT-L", "Nitrile gloves, large, box of 100", "BX", [new("CA", 10m, "BX")], [(IdentifierKind.Gtin, "4006381333955", "BX")], [("size", "L")]),
        new("TAPE-PK-48", "Packing tape 48 mm x 66 m", "EA", [new("CA", 36m, "EA")], [(IdentifierKind.Upc, "036000291452", "EA")], []),
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
        foreach (var demo in Items)
        {
            if (await repository.SkuExistsAsync(demo.Sku, cancellationToken))
            {
                continue;
            }

            var item = Item.Create(demo.Sku, demo.Name, "Demo data", demo.BaseUnit, now);
            foreach (var pack in demo.Packs)
            {
                item.SetPack(pack.FromUnit, pack.Quantity, pack.ToUnit, now);
            }

            foreach (var (kind, value, unit) in demo.Identifiers)
            {
                item.AddIdentifier(kind, value, unit, null, now);
            }

            foreach (var (name, value) in demo.Attributes)
            {
                item.SetAttribute(name, value, "erp", now);
            }

            repository.Add(item);
            added = true;
        }

        if (!added)
        {
            return;
        }

        var unitOfWork = services.GetRequiredService<ICatalogUnitOfWork>();
        await unitOfWork.CommitAsync(cancellationToken);

        var bolt = (await repository.FindBySkuAsync("BLT-M8-40", cancellationToken))!;
        var stainless = (await repository.FindBySkuAsync("BLT-M8-40-SS", cancellationToken))!;
        var nut = (await repository.FindBySkuAsync("NUT-M8", cancellationToken))!;
        bolt.SetSubstitute(stainless.Id, stainless.Sku, 1, SubstitutionReason.Upgrade, now);

        var crossReferences = services.GetRequiredService<ICrossReferenceRepository>();
        var since = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        // The supplier sells bolts by our box; its nut number is a carton of 1,000, a pack we do not stock.
        crossReferences.Add(CrossReference.Create(CrossReferenceKind.SupplierSku, Supplier, "FC-933-0840", bolt.Id, bolt.Sku, "BX", null, since, null, [], now));
        crossReferences.Add(CrossReference.Create(CrossReferenceKind.SupplierSku, Supplier, "FC-934-08", nut.Id, nut.Sku, "CT", 1000m, since, null, [], now));
        crossReferences.Add(CrossReference.Create(CrossReferenceKind.CustomerPart, Customer, "ACME-BOLT-8-40", bolt.Id, bolt.Sku, "EA", null, since, null, [], now));
        await unitOfWork.CommitAsync(cancellationToken);
    }

    private sealed record DemoItem(
        string Sku, string Name, string BaseUnit, PackConversion[] Packs, (IdentifierKind Kind, string Value, string Unit)[] Identifiers,
        (string Name, string Value)[] Attributes);
}
