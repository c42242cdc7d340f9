using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Catalog.Domain.Units;
using Mediator;

namespace Distribution.Modules.Catalog.Application.Items.ListUnits;

/// <summary>The units of measure the catalog knows.</summary>
public sealed record ListUnitsQuery : IQuery<IReadOnlyList<UnitDto>>;

/// <summary>A unit of measure.</summary>
/// <param name="Code">Its code (X12 355), e.g. CA.</param>
/// <param name="Name">Its name, e.g. Case.</param>
public sealed record UnitDto(
    [property: MaxLength(UnitsOfMeasure.CodeMaxLength)] string Code, [property: MaxLength(UnitsOfMeasure.NameMaxLength)] string Name);
