using System.Globalization;
using System.Reflection;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.ApiClients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Distribution.Host.Setup;

/// <summary>
/// States the bounds the wire types already have, so clients (and the OWASP lint) know them: integers get their
/// format and the range of their CLR type, ids and timestamps their length, and a page's items the page limit;
/// other strings and lists get the limits <see cref="ApiLimits"/> finds where they are enforced.
/// </summary>
internal sealed class ApiSchemaFilter(ApiLimits limits, IOptions<KestrelServerOptions> kestrel) : ISchemaFilter
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

        if (context.MemberInfo is { DeclaringType: { } declaring } member)
        {
            ApplyLimits(concrete, declaring, member.Name);
        }
        else if (context.ParameterInfo is { Name: { } name, Member.DeclaringType: { } endpoint } parameter)
        {
            if (name == "cursor" && concrete.Type?.HasFlag(JsonSchemaType.String) == true)
            {
                concrete.MaxLength ??= Cursor.MaxLength;
            }

            ApplyLimits(concrete, endpoint, name);
            if (concrete.Type?.HasFlag(JsonSchemaType.String) == true && concrete.MaxLength is null && concrete.Enum is not { Count: > 0 })
            {
                // A route or query value without a rule of its own is bounded by what Kestrel accepts at all: the
                // request line (path and query), or all headers together, longer is refused before any endpoint runs.
                var server = kestrel.Value.Limits;
                concrete.MaxLength = parameter.GetCustomAttribute<FromHeaderAttribute>() is not null
                    ? server.MaxRequestHeadersTotalSize
                    : server.MaxRequestLineSize;
            }
        }

        if (concrete.Type?.HasFlag(JsonSchemaType.Array) == true && concrete.MaxItems is null
            && context.MemberInfo?.DeclaringType?.Namespace?.StartsWith("Distribution.Modules.Partners", StringComparison.Ordinal) == true
            && PartnersArrayLimits.TryGetValue(context.MemberInfo.Name, out var maxItems))
        {
            concrete.MaxItems = maxItems;
            if (context.MemberInfo.Name.EndsWith("Scopes", StringComparison.Ordinal) && concrete.Items is OpenApiSchema scope)
            {
                // Only known scopes can be held.
                scope.MaxLength = KnownScopes.All.Max(s => s.Length);
            }
        }

        if (typeof(ProblemDetails).IsAssignableFrom(type))
        {
            ApplyProblemLimits(concrete);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CursorPage<>)
            && concrete.Properties?.TryGetValue("items", out var items) == true && items is OpenApiSchema itemsSchema)
        {
            itemsSchema.MaxItems = Cursor.MaxLimit;
            if (concrete.Properties.TryGetValue("nextCursor", out var next) && next is OpenApiSchema nextSchema)
            {
                nextSchema.MaxLength = Cursor.MaxLength;
            }
        }
    }

    private void ApplyLimits(OpenApiSchema schema, Type declaring, string member)
    {
        if (schema.Type?.HasFlag(JsonSchemaType.String) == true && schema.MaxLength is null && schema.Enum is not { Count: > 0 })
        {
            schema.MaxLength = limits.MaxLength(declaring, member);
        }

        if (schema.Type?.HasFlag(JsonSchemaType.Array) == true)
        {
            schema.MaxItems ??= limits.MaxItems(declaring, member);
            if (schema.Items is OpenApiSchema { MaxLength: null } items && items.Type?.HasFlag(JsonSchemaType.String) == true)
            {
                items.MaxLength = limits.MaxLength(declaring, member);
            }
        }
    }

    // The limits ProblemDetailsRegistration cuts every problem to.
    private static void ApplyProblemLimits(OpenApiSchema schema)
    {
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is not OpenApiSchema concrete)
            {
                continue;
            }

            switch (name)
            {
                case "type" or "instance":
                    concrete.MaxLength = ProblemDetailsRegistration.UriMaxLength;
                    break;
                case "title":
                    concrete.MaxLength = ProblemDetailsRegistration.TitleMaxLength;
                    break;
                case "detail":
                    concrete.MaxLength = ProblemDetailsRegistration.DetailMaxLength;
                    break;
                case "errors" when concrete.AdditionalProperties is OpenApiSchema messages:
                    messages.MaxItems = ProblemDetailsRegistration.MessagesPerField;
                    if (messages.Items is OpenApiSchema message)
                    {
                        message.MaxLength = ProblemDetailsRegistration.DetailMaxLength;
                    }

                    break;
            }
        }
    }
}
