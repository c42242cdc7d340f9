using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.Customers;
using Mediator;

namespace Distribution.Modules.Partners.Application.Customers.CreateCustomer;

internal sealed class CreateCustomerCommandHandler(ICustomerRepository customers, IPartnersUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CreateCustomerCommand, CustomerDto>
{
    public async ValueTask<CustomerDto> Handle(CreateCustomerCommand command, CancellationToken cancellationToken)
    {
        var customer = await CreateAsync(customers, command, clock.GetUtcNow().UtcDateTime, cancellationToken);
        customers.Add(customer);
        await unitOfWork.CommitAsync(cancellationToken);
        return CustomerDto.From(customer);
    }

    /// <summary>Checks the account number is free and builds the customer (shared with onboarding).</summary>
    internal static async Task<Customer> CreateAsync(
        ICustomerRepository customers, CreateCustomerCommand command, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var accountNumber = command.AccountNumber.Trim();
        if (await customers.ExistsAsync(accountNumber, cancellationToken))
        {
            throw new ConflictException("partners.account-number-taken", $"A customer with account number '{accountNumber}' already exists.");
        }

        var parent = string.IsNullOrWhiteSpace(command.ParentAccountNumber) ? null : command.ParentAccountNumber.Trim();
        var parentExists = parent is not null && await customers.ExistsAsync(parent, cancellationToken);
        return Customer.Create(accountNumber, command.Name.Trim(), CustomerStatuses.Parse(command.Status) ?? CustomerStatus.Active,
            parent, parentExists, (command.ShipTos ?? []).Select(s => s.ToDomain()), command.CreditLimit, command.PaymentTerms, nowUtc);
    }
}
