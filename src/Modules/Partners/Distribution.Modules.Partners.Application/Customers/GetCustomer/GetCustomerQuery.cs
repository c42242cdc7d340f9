using Mediator;

namespace Distribution.Modules.Partners.Application.Customers.GetCustomer;

/// <summary>One customer by account number (a partner-bound caller sees only its own).</summary>
/// <param name="AccountNumber">The account number.</param>
public sealed record GetCustomerQuery(string AccountNumber) : IQuery<CustomerDto>;
