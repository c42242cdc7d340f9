using System.Text.Json;
using System.Text.Json.Nodes;
using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Distribution.Host.Setup;

/// <summary>
/// Per operation: the API-key requirement with its 401/403, the correlation header, 429 and 500 problem responses,
/// and the request example from <see cref="RequestExample"/> metadata.
/// </summary>
internal sealed class ApiOperationFilter : IOperationFilter
{
    // Examples leave out nulls (an absent optional object is what a client sends, and what the schema allows) and
    // write enums by name, as the API itself reads and writes them.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "X-Correlation-ID",
            In = ParameterLocation.Header,
            Required = false,
            Description = "Correlation id of the business transaction; generated when absent (or when not 1-100 letters, digits, "
                + "'.', '_', ':' or '-'), echoed on the response.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MaxLength = CorrelationMiddleware.IdMaxLength,
                Pattern = CorrelationMiddleware.IdPattern,
            },
        });

        if (metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SwaggerSetup.ApiKeySchemeId, context.Document)] = [],
            });
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SwaggerSetup.BearerSchemeId, context.Document)] = [],
            });
            AddProblem(operation, "401", "No API key, or not a valid one.");
            AddProblem(operation, "403", "The key lacks the scope this operation needs.");
            AddProblem(operation, "429", "The client's rate limit is used up; retry after Retry-After seconds.");
        }

        AddProblem(operation, "500", "Unexpected error (logged; quote the correlation id).");
        // Cursor.Decode and Cursor.Limit answer 400 for a cursor the API did not issue or a limit out of range.
        if (operation.Parameters.Any(p => p.Name is "cursor" or "limit") && !operation.Responses!.ContainsKey("400"))
        {
            operation.Responses["400"] = new OpenApiResponse
            {
                Description = "The cursor is not one this API issued, or the limit is out of range.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("HttpValidationProblemDetails") },
                },
            };
        }

        if (context.ApiDescription.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
        {
            AddRateLimitHeaders(operation);
        }

        if (metadata.OfType<ResponseMaxItems>().FirstOrDefault() is { } maxItems)
        {
            foreach (var response in (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')).Select(r => r.Value))
            {
                foreach (var media in response.Content?.Values ?? [])
                {
                    if (media.Schema is OpenApiSchema { MaxItems: null } list && list.Type?.HasFlag(JsonSchemaType.Array) == true)
                    {
                        list.MaxItems = maxItems.MaxItems;
                    }
                }
            }
        }

        if (metadata.OfType<RequestBodyMaxLength>().FirstOrDefault() is { } bodyLimit)
        {
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                if (media.Schema is OpenApiSchema { MaxLength: null } text && text.Type?.HasFlag(JsonSchemaType.String) == true)
                {
                    text.MaxLength = bodyLimit.MaxLength;
                }
            }
        }

        if (metadata.OfType<RequestExample>().FirstOrDefault() is { } example
            && operation.RequestBody?.Content is { } content)
        {
            var node = JsonSerializer.SerializeToNode(example.Example, example.Example.GetType(), Json);
            foreach (var media in content.Values)
            {
                media.Example = node?.DeepClone() ?? new JsonObject();
            }
        }
    }

    // Every /api response (2xx and 4xx alike, authenticated or not) carries the caller's bucket; a 429 also says when to retry.
    private static void AddRateLimitHeaders(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if ((status.StartsWith('2') || status.StartsWith('4')) && response is OpenApiResponse concrete)
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers["RateLimit-Limit"] = Header("Size of the client's token bucket (requests it may burst).");
                concrete.Headers["RateLimit-Remaining"] = Header("Requests left in the bucket now.");
                concrete.Headers["RateLimit-Reset"] = Header("Seconds until the bucket is full again.");
                if (status == "429")
                {
                    concrete.Headers["Retry-After"] = Header("Seconds to wait before retrying.");
                }
            }
        }
    }

    private static OpenApiHeader Header(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "2147483647" },
    };

    private static void AddProblem(OpenApiOperation operation, string status, string description)
    {
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey(status))
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails") },
                },
            };
        }
    }
}
