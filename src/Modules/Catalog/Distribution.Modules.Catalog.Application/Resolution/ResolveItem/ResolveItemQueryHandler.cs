using Distribution.Modules.Catalog.Contracts.Resolution;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Resolution.ResolveItem;

/// <summary>The Contracts query other modules send through the mediator; the work is the resolver's.</summary>
internal sealed class ResolveItemQueryHandler(IItemResolver resolver) : IQueryHandler<ResolveItemQuery, ItemResolution>
{
    public ValueTask<ItemResolution> Handle(ResolveItemQuery query, CancellationToken cancellationToken) =>
        resolver.ResolveAsync(query, cancellationToken);
}
