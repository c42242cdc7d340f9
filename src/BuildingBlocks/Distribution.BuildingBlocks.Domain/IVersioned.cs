namespace Distribution.BuildingBlocks.Domain;

/// <summary>
/// An app-managed optimistic concurrency version. SQLite has no rowversion, so the unit of work increments it on
/// every change and EF checks it as a concurrency token on both providers. It is also the resource's ETag.
/// </summary>
public interface IVersioned
{
    /// <summary>Increases on every committed change.</summary>
    long Version { get; }

    /// <summary>Called by the unit of work for a modified aggregate.</summary>
    void IncrementVersion();
}
