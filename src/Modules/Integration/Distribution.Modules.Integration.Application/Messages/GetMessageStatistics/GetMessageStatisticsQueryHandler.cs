using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;
using Mediator;

namespace Distribution.Modules.Integration.Application.Messages.GetMessageStatistics;

internal sealed class GetMessageStatisticsQueryHandler(IOutboundMessageRepository messages, TimeProvider clock)
    : IQueryHandler<GetMessageStatisticsQuery, MessageStatisticsDto>
{

    public async ValueTask<MessageStatisticsDto> Handle(GetMessageStatisticsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var firstHour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddHours(1 - MessageStatisticsDto.Hours);
        var byStatus = await messages.CountByStatusAsync(cancellationToken);
        var recent = await messages.ListCreatedSinceAsync(firstHour, cancellationToken);

        var hourly = Enumerable.Range(0, MessageStatisticsDto.Hours).Select(h =>
        {
            var hour = firstHour.AddHours(h);
            var inHour = recent.Where(m => m.CreatedAtUtc >= hour && m.CreatedAtUtc < hour.AddHours(1)).ToList();
            return new HourlyMessageCount(hour,
                inHour.Count(m => m.Status == OutboundMessageStatus.Sent),
                inHour.Count(m => m.Status is OutboundMessageStatus.Pending or OutboundMessageStatus.Retrying),
                inHour.Count(m => m.Status == OutboundMessageStatus.DeadLettered));
        }).ToList();

        return new MessageStatisticsDto(
            byStatus.ToDictionary(p => MessageDto.StatusName(p.Key), p => p.Value),
            hourly,
            await messages.OldestDueCreatedAtAsync(cancellationToken));
    }
}
