namespace Distribution.Modules.Partners.Application.ApiClients;

/// <summary>The scopes of API.md (plus <c>partners:read</c>/<c>partners:write</c>, and <c>edi:exchange</c> for partners
/// that upload and collect X12 over HTTP): the only ones a client can be granted.</summary>
public static class KnownScopes
{
    /// <summary>Every grantable scope.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "catalog:read", "catalog:write", "inventory:read", "inventory:write", "pricing:read", "pricing:write",
        "orders:read", "orders:write", "billing:read", "integration:admin", "edi:exchange", "partners:read", "partners:write", "admin",
    };
}
