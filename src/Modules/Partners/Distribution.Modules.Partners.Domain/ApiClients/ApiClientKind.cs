namespace Distribution.Modules.Partners.Domain.ApiClients;

/// <summary>Who holds an API client's keys.</summary>
public enum ApiClientKind
{
    /// <summary>Distributor IT: every scope, admin pages.</summary>
    Admin,

    /// <summary>An internal system (ERP, PIM, WMS).</summary>
    Internal,

    /// <summary>A customer's system; sees only that customer's data.</summary>
    Customer,

    /// <summary>A supplier's system; sees only that supplier's data.</summary>
    Supplier,
}
