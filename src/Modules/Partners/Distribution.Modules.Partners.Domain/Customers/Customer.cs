using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Partners.Domain.Customers;

/// <summary>
/// A customer account: who buys, on which terms, and where goods go. The account number is the customer's key
/// everywhere (EDI, ERP, API keys bound to it) and never changes.
/// </summary>
public sealed class Customer : AggregateRoot<Guid>
{
    private Customer()
    {
    }

    /// <summary>Unique, unchanging account number.</summary>
    public string AccountNumber { get; private set; } = string.Empty;

    /// <summary>Account name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Active, on hold or closed.</summary>
    public CustomerStatus Status { get; private set; }

    /// <summary>The parent account in a customer hierarchy (e.g. a buying group), if any.</summary>
    public string? ParentAccountNumber { get; private set; }

    /// <summary>Delivery addresses.</summary>
    public IReadOnlyList<ShipToAddress> ShipTos { get; private set; } = [];

    /// <summary>Credit limit in the account currency.</summary>
    public decimal CreditLimit { get; private set; }

    /// <summary>Payment terms code, e.g. <c>NET30</c>.</summary>
    public string PaymentTerms { get; private set; } = string.Empty;

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Creates an account; <c>parentExists</c> tells whether the parent account number names an existing customer.</summary>
    public static Customer Create(
        string accountNumber, string name, CustomerStatus status, string? parentAccountNumber, bool parentExists,
        IEnumerable<ShipToAddress> shipTos, decimal creditLimit, string paymentTerms, DateTime nowUtc)
    {
        var customer = new Customer
        {
            Id = Guid.CreateVersion7(),
            AccountNumber = accountNumber,
            CreatedAtUtc = nowUtc,
        };
        customer.Apply(name, status, parentAccountNumber, parentExists, shipTos, creditLimit, paymentTerms, nowUtc);
        return customer;
    }

    /// <summary>Changes everything but the account number; <c>parentExists</c> as for <see cref="Create"/>.</summary>
    public void Change(
        string name, CustomerStatus status, string? parentAccountNumber, bool parentExists,
        IEnumerable<ShipToAddress> shipTos, decimal creditLimit, string paymentTerms, DateTime nowUtc)
    {
        CheckRule(new ClosedAccountCannotBeReopenedRule(Status, status));
        Apply(name, status, parentAccountNumber, parentExists, shipTos, creditLimit, paymentTerms, nowUtc);
    }

    private void Apply(
        string name, CustomerStatus status, string? parentAccountNumber, bool parentExists,
        IEnumerable<ShipToAddress> shipTos, decimal creditLimit, string paymentTerms, DateTime nowUtc)
    {
        CheckRule(new AccountCannotBeItsOwnParentRule(AccountNumber, parentAccountNumber));
        CheckRule(new ParentAccountMustExistRule(parentAccountNumber, parentExists));
        var addresses = shipTos.ToList();
        CheckRule(new ShipToCodesMustBeUniqueRule(addresses));
        Name = name;
        Status = status;
        ParentAccountNumber = parentAccountNumber;
        ShipTos = addresses;
        CreditLimit = creditLimit;
        PaymentTerms = paymentTerms;
        UpdatedAtUtc = nowUtc;
    }
}
