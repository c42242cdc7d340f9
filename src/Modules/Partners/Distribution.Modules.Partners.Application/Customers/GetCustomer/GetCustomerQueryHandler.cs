using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.Customers.GetCustomer;

internal sealed class GetCustomerQueryHandler(ICustomerRepository customers, ITenantContext tenant)
    : IQueryHandler<GetCustomerQuery, CustomerDto>
{
    public async ValueTask<CustomerDto> Handle(GetCustomerQuery query, CancellationToken cancellationToken)
    {
        tenant.EnsureCanSee(PartnerKinds.Customer, query.AccountNumber, "Customer", query.AccountNumber);
        var customer = await customers.GetAsync(query.AccountNumber, cancellationToken)
            ?? throw new NotFoundException("Customer", query.AccountNumber);
        return CustomerDto.From(customer);
    }
}
