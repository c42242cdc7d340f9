using Mediator;

namespace Distribution.Modules.Partners.Application.Suppliers.GetSupplier;

/// <summary>One supplier by code (a partner-bound caller sees only its own).</summary>
/// <param name="Code">The supplier code.</param>
public sealed record GetSupplierQuery(string Code) : IQuery<SupplierDto>;
