namespace Distribution.Modules.Integration.Infrastructure;

/// <summary>The Integration module's scopes (API.md).</summary>
internal static class IntegrationScopes
{
    public const string Admin = "integration:admin";

    /// <summary>A trading partner's (or an integration's) right to upload X12 and collect what waits for it.</summary>
    public const string EdiExchange = "edi:exchange";
}
