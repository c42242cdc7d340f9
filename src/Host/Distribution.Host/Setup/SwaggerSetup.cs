using Microsoft.OpenApi;

namespace Distribution.Host.Setup;

/// <summary>Swagger UI at <c>/swagger</c>, the document at <c>/swagger/v1/swagger.json</c>, with XML docs, examples and the API-key scheme.</summary>
internal static class SwaggerSetup
{
    public const string ApiKeySchemeId = "ApiKey";
    public const string BearerSchemeId = "Bearer";

    public static void AddHubSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ApiLimits>();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Distribution Integration Hub",
                Version = "v1",
                Description = "Versioned REST API of the hub. Authorise with an API key (X-Api-Key); the admin key is printed "
                    + "in the log at first start. Errors are RFC 9457 problem details; every response carries X-Correlation-ID.",
            });
            options.AddSecurityDefinition(ApiKeySchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API key issued by POST /api/v1/api-clients (or the bootstrap admin key).",
            });
            options.AddSecurityDefinition(BearerSchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Internal users: a JWT from the configured authority (Authentication:Jwt), scopes in its scope claim. "
                    + "Tokens are validated following RFC8725 (JWT best current practices): signature, issuer, audience and lifetime "
                    + "are always checked and unsigned tokens are refused.",
            });
            options.OperationFilter<ApiOperationFilter>();
            options.SchemaFilter<ApiSchemaFilter>();
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "Distribution.*.xml"))
            {
                options.IncludeXmlComments(xml, includeControllerXmlComments: false);
            }

            options.SupportNonNullableReferenceTypes();
        });
    }
}
