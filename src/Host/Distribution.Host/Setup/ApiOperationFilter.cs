using System.Text.Json;
using System.Text.Json.Nodes;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "X-Correlation-ID",
            In = ParameterLocation.Header,
            Required = false,
            Description = "Correlation id of the business transaction; generated when absent, echoed on the response.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });

        if (metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SwaggerSetup.ApiKeySchemeId, context.Document)] = [],
            });
            AddProblem(operation, "401", "No API key, or not a valid one.");
            AddProblem(operation, "403", "The key lacks the scope this operation needs.");
        }

        AddProblem(operation, "500", "Unexpected error (logged; quote the correlation id).");

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
