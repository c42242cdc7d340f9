namespace Distribution.BuildingBlocks.Application.Paging;

/// <summary>One page of a list and the opaque cursor of the next page (null on the last page).</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page; null when there is none.</param>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor);
