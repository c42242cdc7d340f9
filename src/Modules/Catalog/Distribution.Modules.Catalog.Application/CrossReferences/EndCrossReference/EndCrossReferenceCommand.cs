using Mediator;

namespace Distribution.Modules.Catalog.Application.CrossReferences.EndCrossReference;

/// <summary>Ends a cross-reference's validity (needs <c>If-Match</c>).</summary>
/// <param name="Id">The cross-reference.</param>
/// <param name="ExpectedVersion">From <c>If-Match</c>.</param>
/// <param name="ValidToUtc">The end (exclusive).</param>
public sealed record EndCrossReferenceCommand(Guid Id, long ExpectedVersion, DateTime ValidToUtc) : ICommand<CrossReferenceDto>;
