namespace Distribution.Modules.Integration.Infrastructure;

/// <summary>The Integration module's scopes (API.md).</summary>
internal static class IntegrationScopes
{
    public const string Admin = "integration:admin";
}
