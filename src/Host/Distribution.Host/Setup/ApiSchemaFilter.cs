using System.Globalization;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.Modules.Partners.Application.ApiClients;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Distribution.Host.Setup;

/// <summary>
/// States the bounds the wire types already have, so clients (and the OWASP lint) know them: integers get their
/// format and the range of their CLR type, ids and timestamps their length, and a page's items the page limit.
/// </summary>
internal sealed class ApiSchemaFilter : ISchemaFilter
{
    // Limits the Partners validators enforce (a client can hold only known scopes, at most 100 ship-tos, 50 channels).
    private static readonly Dictionary<string, int> PartnersArrayLimits = new(StringComparer.Ordinal)
    {
        ["Scopes"] = KnownScopes.All.Count,
        ["ClientScopes"] = KnownScopes.All.Count,
        ["ShipTos"] = 100,
        ["Documents"] = 50,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
        if (concrete.Type?.HasFlag(JsonSchemaType.Integer) == true)
        {
            var wide = type == typeof(long) || type == typeof(ulong);
            concrete.Format ??= wide ? "int64" : "int32";
            concrete.Minimum ??= (wide ? long.MinValue : int.MinValue).ToString(CultureInfo.InvariantCulture);
            concrete.Maximum ??= (wide ? long.MaxValue : int.MaxValue).ToString(CultureInfo.InvariantCulture);
        }

        if (concrete.Type?.HasFlag(JsonSchemaType.String) == true && concrete.MaxLength is null)
        {
            concrete.MaxLength = concrete.Format switch
            {
                "uuid" => 36,
                "date-time" => 40,
                "date" => 10,
                "uri" => 2048,
                _ => null,
            };
        }

        if (concrete.Type?.HasFlag(JsonSchemaType.Array) == true && concrete.MaxItems is null
            && context.MemberInfo?.DeclaringType?.Namespace?.StartsWith("Distribution.Modules.Partners", StringComparison.Ordinal) == true
            && PartnersArrayLimits.TryGetValue(context.MemberInfo.Name, out var maxItems))
        {
            concrete.MaxItems = maxItems;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CursorPage<>)
            && concrete.Properties?.TryGetValue("items", out var items) == true && items is OpenApiSchema itemsSchema)
        {
            itemsSchema.MaxItems = Cursor.MaxLimit;
        }
    }
}
