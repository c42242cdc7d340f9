namespace Distribution.Modules.Partners.Application;

/// <summary>The tenant kinds of this module: the <c>client_kind</c> of keys bound to a customer or supplier.</summary>
public static class PartnerKinds
{
    /// <summary>Customer tenants: the partner id is the account number.</summary>
    public const string Customer = "customer";

    /// <summary>Supplier tenants: the partner id is the supplier code.</summary>
    public const string Supplier = "supplier";
}
