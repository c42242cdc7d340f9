using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Partners.Application.AuditLog;
using Distribution.Modules.Partners.Application.AuditLog.ListAuditEntries;
using Distribution.Modules.Partners.Application.AuditLog.VerifyAuditLog;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Partners.Infrastructure.AuditLog;

/// <summary><c>/api/v1/audit-log</c>: the append-only record of every write and admin action (admin only).</summary>
internal static class AuditLogEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit-log").WithTags("Audit log").RequireScope(Scopes.Admin);
        ListAuditEntriesEndpoint.Map(group);
        VerifyAuditLogEndpoint.Map(group);
    }
}

internal static class ListAuditEntriesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<CursorPage<AuditEntryDto>>> (string? correlationId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(correlationId, cursor, limit), ct)))
            .WithName("ListAuditEntries")
            .WithSummary("Audit entries, newest first, with cursor paging (filter by correlationId)")
            .ProducesValidationProblem();
}

internal static class VerifyAuditLogEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/verify", async Task<Ok<AuditVerificationDto>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new VerifyAuditLogQuery(), ct)))
            .WithName("VerifyAuditLog")
            .WithSummary("Recompute the hash chain: valid, or the first entry that was tampered with");
}
