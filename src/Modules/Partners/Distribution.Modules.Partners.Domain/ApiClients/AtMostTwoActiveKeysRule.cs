using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Partners.Domain.ApiClients;

/// <summary>A client holds at most two active keys: enough to rotate, few enough to keep track of.</summary>
public sealed class AtMostTwoActiveKeysRule(int activeKeys) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => activeKeys >= ApiClient.MaxActiveKeys;

    /// <inheritdoc />
    public string Message => "This client already has two active keys; revoke one before issuing another.";

    /// <inheritdoc />
    public string Code => "partners.too-many-active-keys";
}
