using Mediator;

namespace Distribution.Modules.Catalog.Application.CrossReferences.GetCrossReference;

/// <summary>One cross-reference.</summary>
/// <param name="Id">Its id.</param>
public sealed record GetCrossReferenceQuery(Guid Id) : IQuery<CrossReferenceDto>;
