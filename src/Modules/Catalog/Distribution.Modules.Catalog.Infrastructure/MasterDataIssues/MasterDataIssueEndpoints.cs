using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Application.MasterDataIssues;
using Distribution.Modules.Catalog.Application.MasterDataIssues.GetMasterDataIssue;
using Distribution.Modules.Catalog.Application.MasterDataIssues.ListMasterDataIssues;
using Distribution.Modules.Catalog.Application.MasterDataIssues.ReapplyMasterDataIssue;
using Distribution.Modules.Catalog.Application.MasterDataIssues.RejectMasterDataIssue;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Catalog.Infrastructure.MasterDataIssues;

/// <summary><c>/api/v1/master-data-issues</c>: the steward's queue of quarantined changes.</summary>
internal static class MasterDataIssueEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/master-data-issues").WithTags("Master-data issues");

        group.MapGet("/", async Task<Ok<CursorPage<MasterDataIssueDto>>> (string? status, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListMasterDataIssuesQuery(status is null ? null : QueryEnums.Parse<MasterDataIssueStatus>("status", status), cursor, limit), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("ListMasterDataIssues")
            .WithSummary("Quarantined changes, oldest first (status=open for the queue)")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<MasterDataIssueDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMasterDataIssueQuery(id), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("GetMasterDataIssue")
            .WithSummary("One issue with its rejected payload, reason code and correlation id")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/reapply", async Task<Ok<MasterDataIssueDto>> (Guid id, ReapplyBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReapplyMasterDataIssueCommand(id, body.Corrected, body.Note), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("ReapplyMasterDataIssue")
            .WithSummary("Re-apply a quarantined change, as it was or corrected")
            .WithDescription("Accepted: status becomes resolved. Refused again: status stays open with the new reasonCode and failedAttempts + 1. "
                + "A closed issue: 422 catalog.issue-closed.")
            .WithRequestExample(CatalogExamples.Reapply)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/reject", async Task<Ok<MasterDataIssueDto>> (Guid id, RejectBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RejectMasterDataIssueCommand(id, body.Note), ct)))
            .RequireScope(CatalogScopes.Write)
            .WithName("RejectMasterDataIssue")
            .WithSummary("Reject a quarantined change: it is never applied")
            .WithRequestExample(CatalogExamples.Reject)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}

/// <summary>A re-apply.</summary>
/// <param name="Corrected">The corrected row; omit to re-apply the payload as it is.</param>
/// <param name="Note">The steward's note.</param>
public sealed record ReapplyBody(ItemRow? Corrected, string? Note);

/// <summary>A rejection.</summary>
/// <param name="Note">Why the change must not be applied.</param>
public sealed record RejectBody(string Note);
