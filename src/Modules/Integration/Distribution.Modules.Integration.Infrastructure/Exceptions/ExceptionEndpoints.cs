using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Integration.Application.Exceptions;
using Distribution.Modules.Integration.Application.Exceptions.GetException;
using Distribution.Modules.Integration.Application.Exceptions.ListExceptions;
using Distribution.Modules.Integration.Application.Exceptions.ResolveException;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Integration.Infrastructure.Exceptions;

/// <summary><c>/api/v1/exceptions</c>: what the hub could not do on its own and a person should look at.</summary>
internal static class ExceptionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/exceptions").WithTags("Exceptions").RequireScope(IntegrationScopes.Admin);

        group.MapGet("/", async Task<Ok<CursorPage<ExceptionDto>>> (
                string? status, string? kind, string? partnerId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListExceptionsQuery(status, kind, partnerId, cursor, limit), ct)))
            .WithName("ListExceptions")
            .WithSummary("The exceptions queue, newest first (filter by status open/resolved, kind, partnerId)")
            .WithDescription("Kinds: edi.acknowledgement-overdue, edi.group-rejected, edi.acknowledgement-unmatched, edi.inbound-rejected, "
                + "edi.transport-failed, edi.transport-not-configured, edi.delivery-failed.")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<ExceptionDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetExceptionQuery(id), ct)))
            .WithName("GetException")
            .WithSummary("One exception")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/resolve", async Task<Ok<ExceptionDto>> (Guid id, ExceptionResolution body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ResolveExceptionCommand(id, body.Resolution), ct)))
            .WithName("ResolveException")
            .WithSummary("Close an exception with a note saying what was done")
            .WithRequestExample(new ExceptionResolution("Partner confirmed by phone; the 997 will follow."))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

/// <summary>How an exception was resolved.</summary>
/// <param name="Resolution">What was done (up to 1,000 characters).</param>
public sealed record ExceptionResolution(string Resolution);
