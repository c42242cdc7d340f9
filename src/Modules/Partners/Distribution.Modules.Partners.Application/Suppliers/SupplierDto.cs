using Distribution.Modules.Partners.Domain.Suppliers;

namespace Distribution.Modules.Partners.Application.Suppliers;

/// <summary>A supplier.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Code">Unique supplier code (the key in routes, EDI and API keys).</param>
/// <param name="Name">Supplier name.</param>
/// <param name="DropShipCapable">Ships directly to the distributor's customers.</param>
/// <param name="LeadTimeDays">Days from purchase order to shipment.</param>
/// <param name="MinimumOrder">Smallest purchase-order value accepted (0 for none).</param>
/// <param name="CreatedAt">Created (UTC).</param>
/// <param name="UpdatedAt">Last changed (UTC).</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record SupplierDto(
    Guid Id, string Code, string Name, bool DropShipCapable, int LeadTimeDays, decimal MinimumOrder,
    DateTime CreatedAt, DateTime UpdatedAt, long Version)
{
    internal static SupplierDto From(Supplier s) =>
        new(s.Id, s.Code, s.Name, s.DropShipCapable, s.LeadTimeDays, s.MinimumOrder, s.CreatedAtUtc, s.UpdatedAtUtc, s.Version);
}
