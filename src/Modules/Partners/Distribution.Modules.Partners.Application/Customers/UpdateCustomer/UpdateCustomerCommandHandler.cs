using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.Customers.UpdateCustomer;

internal sealed class UpdateCustomerCommandHandler(
    ICustomerRepository customers, IPartnersUnitOfWork unitOfWork, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<UpdateCustomerCommand, CustomerDto>
{
    public async ValueTask<CustomerDto> Handle(UpdateCustomerCommand command, CancellationToken cancellationToken)
    {
        tenant.EnsureCanSee(PartnerKinds.Customer, command.AccountNumber, "Customer", command.AccountNumber);
        var customer = await customers.GetAsync(command.AccountNumber, cancellationToken)
            ?? throw new NotFoundException("Customer", command.AccountNumber);
        if (customer.Version != command.ExpectedVersion)
        {
            throw PreconditionException.Failed();
        }

        var parent = string.IsNullOrWhiteSpace(command.ParentAccountNumber) ? null : command.ParentAccountNumber.Trim();
        var parentExists = parent is not null && await customers.ExistsAsync(parent, cancellationToken);
        customer.Change(command.Name.Trim(), CustomerStatuses.Parse(command.Status)!.Value, parent, parentExists,
            (command.ShipTos ?? []).Select(s => s.ToDomain()), command.CreditLimit, command.PaymentTerms, clock.GetUtcNow().UtcDateTime);
        await unitOfWork.CommitAsync(cancellationToken);
        return CustomerDto.From(customer);
    }
}
