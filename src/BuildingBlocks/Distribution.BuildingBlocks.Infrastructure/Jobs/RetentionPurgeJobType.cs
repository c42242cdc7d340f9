using Distribution.BuildingBlocks.Application.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distribution.BuildingBlocks.Infrastructure.Jobs;

/// <summary>Purges delivered payloads older than <see cref="RetentionOptions.DeliveredPayloadAge"/> in every module.</summary>
internal sealed class RetentionPurgeJobType(
    IEnumerable<IRetentionPolicy> policies,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionPurgeJobType> logger) : ISyncJobType
{
    public const string JobKey = "retention-purge";

    public string Key => JobKey;

    public string Description => "Deletes delivered message payloads older than Retention:DeliveredPayloadAge.";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.DeliveredPayloadAge;
        var purged = 0;
        foreach (var policy in policies)
        {
            purged += await policy.PurgeAsync(cutoff, cancellationToken);
        }

        logger.LogInformation("Retention purge removed or emptied {Count} rows older than {Cutoff:u}", purged, cutoff);
    }
}
