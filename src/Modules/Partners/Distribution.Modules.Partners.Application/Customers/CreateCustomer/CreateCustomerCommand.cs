using Mediator;

namespace Distribution.Modules.Partners.Application.Customers.CreateCustomer;

/// <summary>Creates a customer account.</summary>
/// <param name="AccountNumber">Unique account number: letters, digits, '.', '_' or '-', up to 40 characters.</param>
/// <param name="Name">Account name.</param>
/// <param name="Status"><c>active</c> (default), <c>on-hold</c> or <c>closed</c>.</param>
/// <param name="ParentAccountNumber">An existing account this one belongs to (buying group, head office).</param>
/// <param name="ShipTos">Delivery addresses; codes unique within the account.</param>
/// <param name="CreditLimit">Credit limit in the account currency (0 or more).</param>
/// <param name="PaymentTerms">Payment terms code, e.g. <c>NET30</c>.</param>
public sealed record CreateCustomerCommand(
    string AccountNumber, string Name, string? Status, string? ParentAccountNumber, IReadOnlyList<ShipToAddressDto>? ShipTos,
    decimal CreditLimit, string PaymentTerms) : ICommand<CustomerDto>;
