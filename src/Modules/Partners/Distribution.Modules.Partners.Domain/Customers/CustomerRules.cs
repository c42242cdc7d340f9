using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Partners.Domain.Customers;

/// <summary>A closed account stays closed: reopening one would revive old credit and keys by accident.</summary>
public sealed class ClosedAccountCannotBeReopenedRule(CustomerStatus current, CustomerStatus requested) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => current == CustomerStatus.Closed && requested != CustomerStatus.Closed;

    /// <inheritdoc />
    public string Message => "A closed account cannot be reopened; create a new account instead.";

    /// <inheritdoc />
    public string Code => "partners.account-closed";
}

/// <summary>An account cannot be its own parent (the hierarchy would loop).</summary>
public sealed class AccountCannotBeItsOwnParentRule(string accountNumber, string? parentAccountNumber) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => string.Equals(accountNumber, parentAccountNumber, StringComparison.Ordinal);

    /// <inheritdoc />
    public string Message => "An account cannot be its own parent.";

    /// <inheritdoc />
    public string Code => "partners.parent-is-self";
}

/// <summary>A parent account must be an existing customer.</summary>
public sealed class ParentAccountMustExistRule(string? parentAccountNumber, bool parentExists) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => parentAccountNumber is not null && !parentExists;

    /// <inheritdoc />
    public string Message => $"The parent account '{parentAccountNumber}' does not exist.";

    /// <inheritdoc />
    public string Code => "partners.parent-not-found";
}

/// <summary>Ship-to codes identify locations in orders and EDI, so each is used once per customer.</summary>
public sealed class ShipToCodesMustBeUniqueRule(IReadOnlyCollection<ShipToAddress> shipTos) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => shipTos.Select(s => s.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() != shipTos.Count;

    /// <inheritdoc />
    public string Message => "Each ship-to code may appear only once per customer.";

    /// <inheritdoc />
    public string Code => "partners.ship-to-code-repeated";
}
