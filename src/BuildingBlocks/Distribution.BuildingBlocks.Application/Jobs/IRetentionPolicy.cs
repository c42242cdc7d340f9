namespace Distribution.BuildingBlocks.Application.Jobs;

/// <summary>Something the retention purge cleans up: each module contributes what it keeps (payloads, logs).</summary>
public interface IRetentionPolicy
{
    /// <summary>Purges delivered payloads older than <paramref name="cutoffUtc"/>; returns how many rows it touched.</summary>
    Task<int> PurgeAsync(DateTime cutoffUtc, CancellationToken cancellationToken);
}
