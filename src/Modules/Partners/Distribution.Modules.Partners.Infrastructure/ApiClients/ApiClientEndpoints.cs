using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.ApiClients;
using Distribution.Modules.Partners.Application.ApiClients.CreateApiClient;
using Distribution.Modules.Partners.Application.ApiClients.IssueApiKey;
using Distribution.Modules.Partners.Application.ApiClients.ListApiClients;
using Distribution.Modules.Partners.Application.ApiClients.RevokeApiKey;
using Distribution.Modules.Partners.Application.ApiClients.SetApiClientRateLimit;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.ApiClients;

/// <summary><c>/api/v1/api-clients</c>: clients and their keys (admin only).</summary>
internal static class ApiClientEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/api-clients").WithTags("API clients").RequireScope(Scopes.Admin);

        group.MapPost("/", CreateAsync)
            .WithName("CreateApiClient")
            .WithSummary("Create an API client and issue its first key")
            .WithDescription("The key is in the response, once; it is stored only as a hash.")
            .WithRequestExample(new CreateApiClientCommand("ERP connector", "internal", null, ["catalog:read", "catalog:write"], null))
            .ProducesValidationProblem();

        group.MapGet("/", ListAsync)
            .WithName("ListApiClients")
            .WithSummary("List API clients (keys by prefix only)");

        group.MapPost("/{clientId:guid}/keys", IssueKeyAsync)
            .WithName("IssueApiKey")
            .WithSummary("Issue another key (rotation)")
            .WithDescription("A client may hold two active keys: issue the new one, switch the caller over, revoke the old one.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/{clientId:guid}/keys/{keyId:guid}", RevokeKeyAsync)
            .WithName("RevokeApiKey")
            .WithSummary("Revoke a key; it stops working at once")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{clientId:guid}/rate-limit", SetRateLimitAsync)
            .WithName("SetApiClientRateLimit")
            .WithSummary("Give a client its own token bucket (or send nulls to use the configured default)")
            .WithDescription("The bucket holds tokenLimit requests and refills tokensPerPeriod every RateLimiting:ReplenishmentPeriod.")
            .WithRequestExample(new RateLimitChange(600, 100))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<ApiClientDto>> SetRateLimitAsync(
        Guid clientId, RateLimitChange change, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetApiClientRateLimitCommand(clientId, change.TokenLimit, change.TokensPerPeriod), cancellationToken));

    private static async Task<Created<IssuedApiKeyDto>> CreateAsync(CreateApiClientCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var issued = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/api-clients/{issued.ClientId}", issued);
    }

    private static async Task<Ok<CursorPage<ApiClientDto>>> ListAsync(string? cursor, int? limit, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListApiClientsQuery(cursor, limit), cancellationToken));

    private static async Task<Created<IssuedApiKeyDto>> IssueKeyAsync(
        Guid clientId, IssueApiKeyRequest? request, ISender sender, CancellationToken cancellationToken)
    {
        var issued = await sender.Send(new IssueApiKeyCommand(clientId, request?.ExpiresAt), cancellationToken);
        return TypedResults.Created($"/api/v1/api-clients/{clientId}", issued);
    }

    private static async Task<NoContent> RevokeKeyAsync(Guid clientId, Guid keyId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeApiKeyCommand(clientId, keyId), cancellationToken);
        return TypedResults.NoContent();
    }
}

/// <summary>Options for a new key.</summary>
/// <param name="ExpiresAt">When the key stops working (UTC); none for no expiry.</param>
internal sealed record IssueApiKeyRequest(DateTime? ExpiresAt);

/// <summary>A client's own rate limit; both null to use the configured default.</summary>
/// <param name="TokenLimit">Bucket size (burst).</param>
/// <param name="TokensPerPeriod">Tokens added each replenishment period.</param>
public sealed record RateLimitChange(int? TokenLimit, int? TokensPerPeriod);
