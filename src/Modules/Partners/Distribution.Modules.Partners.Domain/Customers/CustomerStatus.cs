namespace Distribution.Modules.Partners.Domain.Customers;

/// <summary>Whether a customer may trade.</summary>
public enum CustomerStatus
{
    /// <summary>Orders are accepted.</summary>
    Active,

    /// <summary>Temporarily blocked (credit, dispute); can become active again.</summary>
    OnHold,

    /// <summary>The account is closed for good.</summary>
    Closed,
}
