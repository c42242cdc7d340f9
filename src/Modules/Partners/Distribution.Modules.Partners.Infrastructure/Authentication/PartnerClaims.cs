using Distribution.BuildingBlocks.Infrastructure.Tenancy;

namespace Distribution.Modules.Partners.Infrastructure.Authentication;

/// <summary>Claims the API-key handler adds besides name, id and scopes.</summary>
internal static class PartnerClaims
{
    public const string ClientKind = ClientClaims.ClientKind;
    public const string PartnerId = ClientClaims.PartnerId;
    public const string KeyPrefix = "key_prefix";
}
