using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.Suppliers.UpdateSupplier;

internal sealed class UpdateSupplierCommandHandler(
    ISupplierRepository suppliers, IPartnersUnitOfWork unitOfWork, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<UpdateSupplierCommand, SupplierDto>
{
    public async ValueTask<SupplierDto> Handle(UpdateSupplierCommand command, CancellationToken cancellationToken)
    {
        tenant.EnsureCanSee(PartnerKinds.Supplier, command.Code, "Supplier", command.Code);
        var supplier = await suppliers.GetAsync(command.Code, cancellationToken) ?? throw new NotFoundException("Supplier", command.Code);
        if (supplier.Version != command.ExpectedVersion)
        {
            throw PreconditionException.Failed();
        }

        supplier.Change(command.Name.Trim(), command.DropShipCapable, command.LeadTimeDays, command.MinimumOrder, clock.GetUtcNow().UtcDateTime);
        await unitOfWork.CommitAsync(cancellationToken);
        return SupplierDto.From(supplier);
    }
}
