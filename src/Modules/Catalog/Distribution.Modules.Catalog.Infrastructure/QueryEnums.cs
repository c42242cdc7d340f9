using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Validation;

namespace Distribution.Modules.Catalog.Infrastructure;

/// <summary>
/// Enum values in query strings and routes, written as the API writes them (camelCase: <c>vendorPart</c>) or any
/// other case. Minimal APIs bind enums case-sensitively; a client should not have to guess the casing.
/// </summary>
internal static class QueryEnums
{
    public static TEnum Parse<TEnum>(string parameter, string value)
        where TEnum : struct, Enum =>
        EnumNames.TryParse<TEnum>(value, out var parsed)
            ? parsed
            : throw RequestValidationException.For(parameter,
                $"'{value}' is not one of: {string.Join(", ", Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
}
