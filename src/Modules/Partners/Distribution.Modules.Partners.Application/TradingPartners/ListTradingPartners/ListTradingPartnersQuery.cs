using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.ListTradingPartners;

/// <summary>Profiles, oldest first (a partner-bound caller sees only its own).</summary>
/// <param name="PartnerKind">Only <c>customer</c> or <c>supplier</c> profiles.</param>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListTradingPartnersQuery(string? PartnerKind, string? Cursor, int? Limit) : IQuery<CursorPage<TradingPartnerDto>>;
