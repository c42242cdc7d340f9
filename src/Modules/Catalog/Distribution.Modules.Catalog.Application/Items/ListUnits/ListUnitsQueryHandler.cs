using Distribution.Modules.Catalog.Domain.Units;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.ListUnits;

internal sealed class ListUnitsQueryHandler : IQueryHandler<ListUnitsQuery, IReadOnlyList<UnitDto>>
{
    public ValueTask<IReadOnlyList<UnitDto>> Handle(ListUnitsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<UnitDto>>(UnitsOfMeasure.All.Select(u => new UnitDto(u.Code, u.Name)).ToList());
}
