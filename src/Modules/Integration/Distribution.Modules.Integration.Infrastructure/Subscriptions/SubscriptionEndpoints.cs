using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Integration.Application.Subscriptions;
using Distribution.Modules.Integration.Application.Subscriptions.CreateSubscription;
using Distribution.Modules.Integration.Application.Subscriptions.DeleteSubscription;
using Distribution.Modules.Integration.Application.Subscriptions.ListSubscriptions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Integration.Infrastructure.Subscriptions;

/// <summary><c>/api/v1/subscriptions</c>: webhook subscriptions.</summary>
internal static class SubscriptionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/subscriptions").WithTags("Webhook subscriptions").RequireScope(IntegrationScopes.Admin);

        group.MapPost("/", async Task<Created<CreatedSubscriptionDto>> (CreateSubscriptionCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/subscriptions/{created.Subscription.Id}", created);
            })
            .WithName("CreateSubscription")
            .WithSummary("Subscribe a URL to events (signed Standard Webhooks POSTs)")
            .WithDescription("The signing secret is returned once. Deliveries are at-least-once: deduplicate on webhook-id.")
            .WithRequestExample(new CreateSubscriptionCommand("Ecommerce catalog sync", "catalog.*", "http://127.0.0.1:5080/demo/webhook-receiver", null, 5))
            .ProducesValidationProblem();

        group.MapGet("/", async Task<Ok<CursorPage<SubscriptionDto>>> (string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSubscriptionsQuery(cursor, limit), ct)))
            .WithName("ListSubscriptions")
            .WithSummary("List webhook subscriptions");

        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteSubscriptionCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteSubscription")
            .WithSummary("Delete a subscription; its undelivered messages are dead-lettered as subscription-gone")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
