using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.TradingPartners;
using Distribution.Modules.Partners.Application.TradingPartners.CreateTradingPartner;
using Distribution.Modules.Partners.Application.TradingPartners.GetTradingPartner;
using Distribution.Modules.Partners.Application.TradingPartners.ListTradingPartners;
using Distribution.Modules.Partners.Application.TradingPartners.UpdateTradingPartner;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.TradingPartners;

/// <summary><c>/api/v1/trading-partners</c>: how documents are exchanged with each partner; a partner's key sees only its own profile.</summary>
internal static class TradingPartnerEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/trading-partners").WithTags("Trading partners").TenantScoped("*");
        CreateTradingPartnerEndpoint.Map(group);
        GetTradingPartnerEndpoint.Map(group);
        ListTradingPartnersEndpoint.Map(group);
        UpdateTradingPartnerEndpoint.Map(group);
    }

    internal static PartnerSettingsDto ExampleSettings => new("test", "ZZ", "CONTOSOTEST", "CONTOSO", "004010", "always", 72, "gtin", "EA",
    [
        new DocumentChannelDto("850", "inbound", "x12", "sftp"),
        new DocumentChannelDto("855", "outbound", "x12", "sftp"),
        new DocumentChannelDto("856", "outbound", "x12", "sftp"),
        new DocumentChannelDto("810", "outbound", "x12", "sftp"),
    ]);
}

internal static class CreateTradingPartnerEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<TradingPartnerDto>> (CreateTradingPartnerCommand command, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var profile = await sender.Send(command, ct);
                ETags.Set(response, profile.Version);
                return TypedResults.Created($"/api/v1/trading-partners/{profile.Id}", profile);
            })
            .RequireScope(PartnersScopes.Write)
            .WithName("CreateTradingPartner")
            .WithSummary("Create the trading-partner profile of an existing customer or supplier")
            .WithRequestExample(new CreateTradingPartnerCommand("customer", "C-1002", "Fabrikam Online EDI", TradingPartnerEndpoints.ExampleSettings with
            {
                IsaId = "FABRIKAMTEST",
                GsApplicationId = "FABRIKAM",
            }))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

internal static class GetTradingPartnerEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<TradingPartnerDto>> (Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var profile = await sender.Send(new GetTradingPartnerQuery(id), ct);
                ETags.Set(response, profile.Version);
                return TypedResults.Ok(profile);
            })
            .RequireScope(PartnersScopes.Read)
            .WithName("GetTradingPartner")
            .WithSummary("One trading-partner profile (with its ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound);
}

internal static class ListTradingPartnersEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<CursorPage<TradingPartnerDto>>> (string? partnerKind, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListTradingPartnersQuery(partnerKind, cursor, limit), ct)))
            .RequireScope(PartnersScopes.Read)
            .WithName("ListTradingPartners")
            .WithSummary("Trading-partner profiles, oldest first, with cursor paging")
            .ProducesValidationProblem();
}

internal static class UpdateTradingPartnerEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Ok<TradingPartnerDto>> (
                Guid id, TradingPartnerChange change, HttpRequest request, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var profile = await sender.Send(new UpdateTradingPartnerCommand(id, ETags.RequiredVersion(request), change.Name, change.Settings), ct);
                ETags.Set(response, profile.Version);
                return TypedResults.Ok(profile);
            })
            .RequireScope(PartnersScopes.Write)
            .WithName("UpdateTradingPartner")
            .WithSummary("Change a profile (needs If-Match with the ETag from GET)")
            .WithDescription("The example suits the demo profile of C-1001 (take its id from GET /api/v1/trading-partners) with If-Match \"1\".")
            .WithRequestExample(new TradingPartnerChange("Contoso Retail EDI", TradingPartnerEndpoints.ExampleSettings with { Environment = "production" }))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

/// <summary>A profile's new state (PUT): name and settings; the partner never changes.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Settings">Exchange settings.</param>
public sealed record TradingPartnerChange(string Name, PartnerSettingsDto Settings);
