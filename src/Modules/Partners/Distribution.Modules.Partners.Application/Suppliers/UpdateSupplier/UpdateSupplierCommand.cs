using Mediator;

namespace Distribution.Modules.Partners.Application.Suppliers.UpdateSupplier;

/// <summary>Replaces a supplier's details (PUT semantics; the code never changes).</summary>
/// <param name="Code">The supplier to change.</param>
/// <param name="ExpectedVersion">From <c>If-Match</c>.</param>
/// <param name="Name">Supplier name.</param>
/// <param name="DropShipCapable">Ships directly to customers.</param>
/// <param name="LeadTimeDays">Days from purchase order to shipment.</param>
/// <param name="MinimumOrder">Smallest purchase-order value accepted.</param>
public sealed record UpdateSupplierCommand(string Code, long ExpectedVersion, string Name, bool DropShipCapable, int LeadTimeDays, decimal MinimumOrder)
    : ICommand<SupplierDto>;
