namespace Distribution.Modules.Partners.Infrastructure;

/// <summary>The Partners module's scopes.</summary>
internal static class PartnersScopes
{
    public const string Read = "partners:read";
    public const string Write = "partners:write";
}
