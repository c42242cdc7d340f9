using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.ListApiClients;

/// <summary>Lists API clients, oldest first.</summary>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListApiClientsQuery(string? Cursor, int? Limit) : IQuery<CursorPage<ApiClientDto>>;
