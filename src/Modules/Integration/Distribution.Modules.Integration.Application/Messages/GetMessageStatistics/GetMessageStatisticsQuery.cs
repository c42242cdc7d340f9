using System.ComponentModel.DataAnnotations;
using Mediator;

namespace Distribution.Modules.Integration.Application.Messages.GetMessageStatistics;

/// <summary>Outbound message counts for the operations dashboard: by status, and per hour over the last day.</summary>
public sealed record GetMessageStatisticsQuery : IQuery<MessageStatisticsDto>;

/// <summary>What the operations dashboard charts.</summary>
/// <param name="ByStatus">Messages per status (all time).</param>
/// <param name="Hourly">Messages created per hour over the last 24 hours, oldest first, split by outcome.</param>
/// <param name="OldestDueAt">Creation time of the oldest message still waiting (backlog age), if any.</param>
public sealed record MessageStatisticsDto(
    IReadOnlyDictionary<string, int> ByStatus, [property: MaxLength(MessageStatisticsDto.Hours)] IReadOnlyList<HourlyMessageCount> Hourly, DateTime? OldestDueAt)
{
    /// <summary>Hours covered by <see cref="Hourly"/>, one entry each.</summary>
    public const int Hours = 24;
}

/// <summary>One hour of the chart.</summary>
/// <param name="Hour">Start of the hour (UTC).</param>
/// <param name="Sent">Created in that hour and delivered.</param>
/// <param name="Waiting">Created in that hour and still pending or retrying.</param>
/// <param name="DeadLettered">Created in that hour and dead-lettered.</param>
public sealed record HourlyMessageCount(DateTime Hour, int Sent, int Waiting, int DeadLettered);
