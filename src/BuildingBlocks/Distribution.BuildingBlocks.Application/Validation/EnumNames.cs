namespace Distribution.BuildingBlocks.Application.Validation;

/// <summary>
/// Enum values as clients write them: a member's name, in any case. <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>
/// also takes numbers ("1", "99") and comma lists ("pending,retrying", OR-ed together), which the API never
/// documents and which would filter by, or store, a value nobody asked for.
/// </summary>
public static class EnumNames
{
    /// <summary>True when <paramref name="value"/> (trimmed) is the name of a member of <typeparamref name="TEnum"/>.</summary>
    public static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        var text = value?.Trim();
        var name = string.IsNullOrEmpty(text) ? null : Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        result = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }

    /// <summary>True when <paramref name="value"/> names a member of <typeparamref name="TEnum"/>.</summary>
    public static bool IsName<TEnum>(string? value)
        where TEnum : struct, Enum => TryParse<TEnum>(value, out _);
}
