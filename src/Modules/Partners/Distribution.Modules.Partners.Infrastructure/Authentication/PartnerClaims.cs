namespace Distribution.Modules.Partners.Infrastructure.Authentication;

/// <summary>Claims the API-key handler adds besides name, id and scopes.</summary>
internal static class PartnerClaims
{
    public const string ClientKind = "client_kind";
    public const string PartnerId = "partner_id";
    public const string KeyPrefix = "key_prefix";
}
