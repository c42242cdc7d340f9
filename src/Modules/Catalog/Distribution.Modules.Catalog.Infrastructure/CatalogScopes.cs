namespace Distribution.Modules.Catalog.Infrastructure;

/// <summary>
/// The Catalog module's scopes (API.md). Items, units and resolution are shared master data (read). Cross-references,
/// quarantined rows and import results name other partners' part numbers and payloads, so reading them takes the
/// steward's write scope: a partner's read key never sees another partner's data there.
/// </summary>
internal static class CatalogScopes
{
    public const string Read = "catalog:read";
    public const string Write = "catalog:write";
}
