using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Integration.Application.SyncJobs;
using Distribution.Modules.Integration.Application.SyncJobs.CreateSyncJob;
using Distribution.Modules.Integration.Application.SyncJobs.DeleteSyncJob;
using Distribution.Modules.Integration.Application.SyncJobs.GetSyncJob;
using Distribution.Modules.Integration.Application.SyncJobs.ListSyncJobs;
using Distribution.Modules.Integration.Application.SyncJobs.ListSyncJobTypes;
using Distribution.Modules.Integration.Application.SyncJobs.RunSyncJobNow;
using Distribution.Modules.Integration.Application.SyncJobs.UpdateSyncJob;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Distribution.Modules.Integration.Infrastructure.SyncJobs;

/// <summary><c>/api/v1/sync-jobs</c>: schedules admins manage, mirrored into Hangfire.</summary>
internal static class SyncJobEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/sync-jobs").WithTags("Sync jobs").RequireScope(IntegrationScopes.Admin);

        group.MapGet("/", async Task<Ok<IReadOnlyList<SyncJobDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSyncJobsQuery(), ct)))
            .WithName("ListSyncJobs").WithSummary("List schedules").WithResponseMaxItems(SyncJobDto.MaxSchedules);

        group.MapGet("/types", async Task<Ok<IReadOnlyList<SyncJobTypeDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSyncJobTypesQuery(), ct)))
            .WithName("ListSyncJobTypes").WithSummary("Job types that can be scheduled").WithResponseMaxItems(SyncJobTypeDto.MaxTypes);

        group.MapGet("/{id:guid}", async Task<Ok<SyncJobDto>> (Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var job = await sender.Send(new GetSyncJobQuery(id), ct);
                ETags.Set(response, job.Version);
                return TypedResults.Ok(job);
            })
            .WithName("GetSyncJob").WithSummary("One schedule (with its ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<SyncJobDto>> (CreateSyncJobCommand command, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var job = await sender.Send(command, ct);
                ETags.Set(response, job.Version);
                return TypedResults.Created($"/api/v1/sync-jobs/{job.Id}", job);
            })
            .WithName("CreateSyncJob").WithSummary("Schedule a sync job")
            .WithDescription("Cron has 5 fields (or 6 with seconds); the time zone is an IANA id (default UTC).")
            .WithRequestExample(new CreateSyncJobCommand("Hourly outbox sweep", "outbox-sweep", "0 * * * *", "Europe/Berlin", true))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}", async Task<Ok<SyncJobDto>> (Guid id, SyncJobChange change, HttpRequest request, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var job = await sender.Send(new UpdateSyncJobCommand(id, ETags.RequiredVersion(request), change.Name, change.JobType,
                    change.Cron, change.TimeZone, change.Enabled), ct);
                ETags.Set(response, job.Version);
                return TypedResults.Ok(job);
            })
            .WithName("UpdateSyncJob").WithSummary("Change a schedule (needs If-Match)")
            .WithRequestExample(new SyncJobChange("Retention purge", "retention-purge", "0 4 * * *", "UTC", true))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteSyncJobCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteSyncJob").WithSummary("Delete a schedule (removed from Hangfire too)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/run", async Task<Accepted<SyncJobRunDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Accepted($"/api/v1/sync-jobs/{id}", await sender.Send(new RunSyncJobNowCommand(id), ct)))
            .WithName("RunSyncJobNow").WithSummary("Run a schedule's job once, now")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

/// <summary>A schedule's new state (PUT).</summary>
/// <param name="Name">Display name (unique).</param>
/// <param name="JobType">Job type key.</param>
/// <param name="Cron">Cron expression.</param>
/// <param name="TimeZone">Time zone (default UTC).</param>
/// <param name="Enabled">On or off.</param>
public sealed record SyncJobChange(string Name, string JobType, string Cron, string? TimeZone, bool Enabled);
