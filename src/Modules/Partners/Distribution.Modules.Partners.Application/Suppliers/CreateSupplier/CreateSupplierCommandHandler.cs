using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.Suppliers;
using Mediator;

namespace Distribution.Modules.Partners.Application.Suppliers.CreateSupplier;

internal sealed class CreateSupplierCommandHandler(ISupplierRepository suppliers, IPartnersUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CreateSupplierCommand, SupplierDto>
{
    public async ValueTask<SupplierDto> Handle(CreateSupplierCommand command, CancellationToken cancellationToken)
    {
        var supplier = await CreateAsync(suppliers, command, clock.GetUtcNow().UtcDateTime, cancellationToken);
        suppliers.Add(supplier);
        await unitOfWork.CommitAsync(cancellationToken);
        return SupplierDto.From(supplier);
    }

    /// <summary>Checks the code is free and builds the supplier (shared with onboarding).</summary>
    internal static async Task<Supplier> CreateAsync(
        ISupplierRepository suppliers, CreateSupplierCommand command, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim();
        if (await suppliers.ExistsAsync(code, cancellationToken))
        {
            throw new ConflictException("partners.supplier-code-taken", $"A supplier with code '{code}' already exists.");
        }

        return Supplier.Create(code, command.Name.Trim(), command.DropShipCapable, command.LeadTimeDays, command.MinimumOrder, nowUtc);
    }
}
