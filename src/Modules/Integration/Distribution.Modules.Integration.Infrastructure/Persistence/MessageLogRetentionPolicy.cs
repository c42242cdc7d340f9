using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.Modules.Integration.Domain.Messages;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Integration.Infrastructure.Persistence;

/// <summary>Empties the payload of messages sent before the cutoff; the log rows stay for lineage.</summary>
internal sealed class MessageLogRetentionPolicy(IntegrationDbContext context) : IRetentionPolicy
{
    public Task<int> PurgeAsync(DateTime cutoffUtc, CancellationToken cancellationToken) =>
        context.OutboundMessages
            .Where(m => m.Status == OutboundMessageStatus.Sent && m.SentAtUtc < cutoffUtc && m.Payload != null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Payload, (string?)null), cancellationToken);
}
