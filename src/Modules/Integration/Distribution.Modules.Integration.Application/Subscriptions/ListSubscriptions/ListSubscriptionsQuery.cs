using Distribution.BuildingBlocks.Application.Paging;
using Mediator;

namespace Distribution.Modules.Integration.Application.Subscriptions.ListSubscriptions;

/// <summary>Lists webhook subscriptions, oldest first.</summary>
/// <param name="Cursor">From the previous page's <c>nextCursor</c>.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
public sealed record ListSubscriptionsQuery(string? Cursor, int? Limit) : IQuery<CursorPage<SubscriptionDto>>;
