using Distribution.Modules.Catalog.Application.CrossReferences.CreateCrossReference;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Application.Items.CreateItem;
using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Infrastructure.CrossReferences;
using Distribution.Modules.Catalog.Infrastructure.Items;
using Distribution.Modules.Catalog.Infrastructure.MasterDataIssues;

namespace Distribution.Modules.Catalog.Infrastructure;

/// <summary>
/// The Swagger request examples in one place. Each refers to the demo data (<see cref="Demo.CatalogDemoData"/>) and
/// succeeds once against a fresh demo hub; an integration test sends every one of them.
/// </summary>
internal static class CatalogExamples
{
    public static readonly CreateItemCommand CreateItem = new("WID-1001", "Widget, stainless, 10 mm", "Demo item created from Swagger", "EA");

    public const string StatusSku = "TAPE-PK-48";
    public static readonly ItemStatusChange ChangeStatus = new(ItemStatus.Discontinued);

    public const string IdentifierSku = "NUT-M8";
    public static readonly IdentifierBody AddIdentifier = new(IdentifierKind.ManufacturerPart, "DIN934-M8-ZN", null);

    public const string PackSku = "GLV-NIT-L";
    public static readonly PackBody SetPack = new("PL", 48m, "CA");

    public const string SubstituteSku = "NUT-M8";
    public static readonly SubstituteBody SetSubstitute = new("NUT-M8-SS", 1, SubstitutionReason.Upgrade);

    public const string AttributeSku = "BLT-M8-40-SS";
    public const string AttributeName = "material";
    public static readonly AttributeBody SetAttribute = new("Stainless steel A2", "pim");

    public static readonly CreateCrossReferenceCommand CreateCrossReference =
        new(CrossReferenceKind.CustomerPart, "CUST-ACME", "ACME-NUT-8", "NUT-M8", "EA", null, null, null);

    public static readonly CrossReferenceEnd EndCrossReference = new(new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    public static readonly ItemBatch Import = new("pim", "pim-delta-demo.json",
    [
        new ItemRow("CLP-HOSE-20", "Hose clamp 12-20 mm, stainless", null, "EA", null, "4006381333986", null, null, "BX=50 EA; CA=10 BX"),
        new ItemRow("BLT-M8-40-SS", "Hex bolt M8 x 40, stainless A2", "Stainless A2-70, DIN 933", "EA", null, null, null, null, null),
        new ItemRow("CLP-HOSE-32", "Hose clamp 20-32 mm, stainless", null, "EA", null, "5901234123458", null, null, null),
    ]);

    public static readonly ReapplyBody Reapply = new(
        new ItemRow("CLP-HOSE-32", "Hose clamp 20-32 mm, stainless", null, "EA", null, "590123412342", null, null, null),
        "Check digit corrected from the supplier's label");

    public static readonly RejectBody Reject = new("Duplicate of an existing item; the supplier will stop sending it.");
}
