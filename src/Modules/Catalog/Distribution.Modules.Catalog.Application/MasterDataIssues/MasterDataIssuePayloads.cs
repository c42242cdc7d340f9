namespace Distribution.Modules.Catalog.Application.MasterDataIssues;

/// <summary>Kinds of quarantined payload.</summary>
public static class MasterDataIssuePayloads
{
    /// <summary>An <see cref="Imports.ItemRow"/> from a bulk load.</summary>
    public const string ItemRow = "item-row";
}
