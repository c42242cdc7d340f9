using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.Customers;
using Distribution.Modules.Partners.Application.Customers.CreateCustomer;
using Distribution.Modules.Partners.Application.PartnerTemplates;
using Distribution.Modules.Partners.Application.PartnerTemplates.GetPartnerTemplate;
using Distribution.Modules.Partners.Application.PartnerTemplates.ListPartnerTemplates;
using Distribution.Modules.Partners.Application.PartnerTemplates.OnboardPartner;
using Distribution.Modules.Partners.Application.Suppliers.CreateSupplier;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.PartnerTemplates;

/// <summary><c>/api/v1/partner-templates</c>: onboarding templates (data, versioned) and onboarding itself (admin).</summary>
internal static class PartnerTemplateEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/partner-templates").WithTags("Partner templates").RequireScope(Scopes.Admin);

        group.MapGet("/", async Task<Ok<IReadOnlyList<PartnerTemplateDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPartnerTemplatesQuery(), ct)))
            .WithName("ListPartnerTemplates")
            .WithResponseMaxItems(PartnerTemplateDto.MaxListed)
            .WithSummary("Every template version, by key then version");

        group.MapGet("/{id:guid}", async Task<Ok<PartnerTemplateDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPartnerTemplateQuery(id), ct)))
            .WithName("GetPartnerTemplate")
            .WithSummary("One template version")
            .ProducesProblem(StatusCodes.Status404NotFound);

        OnboardPartnerEndpoint.Map(group);
    }
}

internal static class OnboardPartnerEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/onboard", async Task<Created<OnboardingResultDto>> (Guid id, OnboardPartnerRequest request, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new OnboardPartnerCommand(id, request.Customer, request.Supplier, request.Overrides), ct);
                return TypedResults.Created($"/api/v1/trading-partners/{result.TradingPartner.Id}", result);
            })
            .WithName("OnboardPartner")
            .WithSummary("Onboard a partner from a template: partner, profile and API client in one transaction")
            .WithDescription("Creates the customer (customer templates) or supplier (supplier templates), its trading-partner profile from the "
                + "template's defaults with the overrides applied, and an API client bound to the partner with the template's scopes. The "
                + "API key is in the response, once. Nothing is created when any part fails. The example suits the \"VICS retailer X12 4010\" "
                + "template (take its id from GET /api/v1/partner-templates).")
            .WithRequestExample(new OnboardPartnerRequest(
                new CreateCustomerCommand("C-3001", "Bayside Home Stores", "active", null,
                    [new ShipToAddressDto("DC-EAST", "Bayside east DC", "77 Logistics Pkwy", null, "Edison", "NJ", "08817", "US")], 100000m, "NET60"),
                null,
                new PartnerSettingsOverrides(IsaQualifier: "ZZ", IsaId: "BAYSIDETEST", GsApplicationId: "BAYSIDE")))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>What to onboard from a template.</summary>
/// <param name="Customer">The customer to create (customer templates).</param>
/// <param name="Supplier">The supplier to create (supplier templates).</param>
/// <param name="Overrides">Settings that differ from the template's defaults (e.g. ISA and GS ids).</param>
public sealed record OnboardPartnerRequest(CreateCustomerCommand? Customer, CreateSupplierCommand? Supplier, PartnerSettingsOverrides? Overrides);
