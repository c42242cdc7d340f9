namespace Distribution.BuildingBlocks.Application.Errors;

/// <summary>Optimistic concurrency: <c>If-Match</c> missing (428) or stale (412).</summary>
public sealed class PreconditionException(bool missing, string message) : Exception(message)
{
    /// <summary>True when the client sent no <c>If-Match</c> at all.</summary>
    public bool Missing { get; } = missing;

    /// <summary>No <c>If-Match</c> header: 428.</summary>
    public static PreconditionException Required() =>
        new(true, "This update needs an If-Match header with the resource's current ETag.");

    /// <summary>The ETag no longer matches: 412.</summary>
    public static PreconditionException Failed() =>
        new(false, "The resource has changed since it was read; fetch it again and retry with the new ETag.");
}
