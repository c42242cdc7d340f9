using Mediator;

namespace Distribution.Modules.Partners.Application.Customers.UpdateCustomer;

/// <summary>Replaces a customer's details (PUT semantics: send every field; the account number never changes).</summary>
/// <param name="AccountNumber">The account to change.</param>
/// <param name="ExpectedVersion">From <c>If-Match</c>.</param>
/// <param name="Name">Account name.</param>
/// <param name="Status"><c>active</c>, <c>on-hold</c> or <c>closed</c>.</param>
/// <param name="ParentAccountNumber">Parent account, if any.</param>
/// <param name="ShipTos">Delivery addresses (the whole list).</param>
/// <param name="CreditLimit">Credit limit.</param>
/// <param name="PaymentTerms">Payment terms code.</param>
public sealed record UpdateCustomerCommand(
    string AccountNumber, long ExpectedVersion, string Name, string Status, string? ParentAccountNumber,
    IReadOnlyList<ShipToAddressDto>? ShipTos, decimal CreditLimit, string PaymentTerms) : ICommand<CustomerDto>;
