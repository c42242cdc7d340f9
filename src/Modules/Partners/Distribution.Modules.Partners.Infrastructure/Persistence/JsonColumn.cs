using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

/// <summary>
/// Stores a list of value objects as one JSON text column. A value converter (not an owned JSON entity) makes a
/// changed list mark its aggregate modified, so the version (ETag) moves on every change.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<IReadOnlyList<T>> HasJsonConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
            list => JsonSerializer.Serialize(list, Options),
            json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>(),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (h, item) => HashCode.Combine(h, item)),
                list => list.ToList()));
}
