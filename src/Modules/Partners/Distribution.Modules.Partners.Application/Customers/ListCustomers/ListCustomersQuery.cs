using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Partners.Application.Customers.ListCustomers;

/// <summary>Customers ordered by account number (a partner-bound caller sees only its own).</summary>
/// <param name="Search">Only accounts whose number or name contains this text.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListCustomersQuery(string? Search, string? Cursor, int? Limit) : IQuery<CursorPage<CustomerDto>>;
