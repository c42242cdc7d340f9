using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Integration.Application.Messages;
using Distribution.Modules.Integration.Application.Messages.GetMessageStatistics;
using Distribution.Modules.Integration.Application.Messages.ListMessages;
using Distribution.Modules.Integration.Application.Messages.ReplayDeadLetters;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Integration.Infrastructure.Messages;

/// <summary><c>/api/v1/messages</c> and <c>/api/v1/dead-letters</c>: the outbound message log.</summary>
internal static class MessageEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/messages", async Task<Ok<CursorPage<MessageDto>>> (
                string? correlationId, string? status, Guid? subscriptionId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListMessagesQuery(correlationId, status, subscriptionId, cursor, limit), ct)))
            .WithTags("Messages")
            .RequireScope(IntegrationScopes.Admin)
            .WithName("ListMessages")
            .WithSummary("The outbound message log, newest first")
            .WithDescription("Filter by correlationId to follow one business transaction end to end.")
            .ProducesValidationProblem();

        api.MapGet("/messages/statistics", async Task<Ok<MessageStatisticsDto>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMessageStatisticsQuery(), ct)))
            .WithTags("Messages")
            .RequireScope(IntegrationScopes.Admin)
            .WithName("GetMessageStatistics")
            .WithSummary("Message counts by status and per hour over the last day (what /ops charts)");

        api.MapGet("/dead-letters", async Task<Ok<CursorPage<MessageDto>>> (Guid? subscriptionId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListMessagesQuery(null, "deadLettered", subscriptionId, cursor, limit), ct)))
            .WithTags("Messages")
            .RequireScope(IntegrationScopes.Admin)
            .WithName("ListDeadLetters")
            .WithSummary("Messages given up on, with their reason");

        api.MapPost("/dead-letters/replay", async Task<Ok<ReplayResultDto>> (ReplayDeadLettersCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .WithTags("Messages")
            .RequireScope(IntegrationScopes.Admin)
            .WithName("ReplayDeadLetters")
            .WithSummary("Put dead letters back in line")
            .WithDescription("Each keeps its event id, so a receiver that did get it before can drop the duplicate.")
            .WithRequestExample(new ReplayDeadLettersCommand([Guid.Empty]))
            .ProducesValidationProblem();
    }
}
