using Mediator;

namespace Distribution.Modules.Partners.Application.Suppliers.CreateSupplier;

/// <summary>Creates a supplier.</summary>
/// <param name="Code">Unique supplier code: letters, digits, '.', '_' or '-', up to 40 characters.</param>
/// <param name="Name">Supplier name.</param>
/// <param name="DropShipCapable">Ships directly to the distributor's customers.</param>
/// <param name="LeadTimeDays">Days from purchase order to shipment (0–365).</param>
/// <param name="MinimumOrder">Smallest purchase-order value accepted (0 for none).</param>
public sealed record CreateSupplierCommand(string Code, string Name, bool DropShipCapable, int LeadTimeDays, decimal MinimumOrder)
    : ICommand<SupplierDto>;
