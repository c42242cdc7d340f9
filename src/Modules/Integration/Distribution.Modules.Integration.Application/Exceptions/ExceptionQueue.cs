using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Exceptions;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Integration.Application.Exceptions;

/// <summary>
/// Puts entries into the exceptions queue inside the caller's unit of work (the caller commits): a new entry, or one
/// more occurrence of the open entry with the same kind, partner and reference, so a failing poll every minute
/// gives one entry that counts, not a flood.
/// </summary>
public sealed class ExceptionQueue(
    IExceptionCaseRepository exceptions, TimeProvider clock, ICorrelationContext correlation, ILogger<ExceptionQueue> logger)
{
    /// <summary>Raises (or re-raises) an exception; returns its id.</summary>
    public async Task<Guid> RaiseAsync(string kind, string message, string? partnerId, string? reference, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        logger.LogWarning("Exception {ExceptionKind} for {PartnerId} ({Reference}): {ExceptionMessage}", kind, partnerId, reference, message);
        if (await exceptions.FindOpenAsync(kind, partnerId, reference, cancellationToken) is { } open)
        {
            open.Recur(message, now);
            return open.Id;
        }

        var raised = ExceptionCase.Raise(kind, message, partnerId, reference,
            string.IsNullOrEmpty(correlation.CorrelationId) ? null : correlation.CorrelationId, now);
        exceptions.Add(raised);
        return raised.Id;
    }

    /// <summary>Resolves the open entry of this kind, partner and reference, if there is one (the cause went away).</summary>
    public async Task ResolveIfOpenAsync(string kind, string? partnerId, string? reference, string resolution, CancellationToken cancellationToken)
    {
        if (await exceptions.FindOpenAsync(kind, partnerId, reference, cancellationToken) is { } open)
        {
            open.Resolve(resolution, clock.GetUtcNow().UtcDateTime);
        }
    }
}
