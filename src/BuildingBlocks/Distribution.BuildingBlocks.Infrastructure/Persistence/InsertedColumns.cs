using Microsoft.EntityFrameworkCore.Metadata;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>The columns a set-based insert writes on either provider (the catalog import, appended rows).</summary>
public static class InsertedColumns
{
    /// <summary>Every property of <paramref name="entity"/> the database does not generate on insert.</summary>
    public static IReadOnlyList<IProperty> Of(IEntityType entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.GetProperties().Where(p => !p.ValueGenerated.HasFlag(ValueGenerated.OnAdd)).ToList();
    }
}
