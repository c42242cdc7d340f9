namespace Distribution.Modules.Catalog.Infrastructure;

/// <summary>The Catalog module's scopes (API.md).</summary>
internal static class CatalogScopes
{
    public const string Read = "catalog:read";
    public const string Write = "catalog:write";
}
