using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Infrastructure.Webhooks;
using Distribution.UnitTests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Distribution.UnitTests.Integration;

/// <summary>The webhook sweep re-schedules only messages whose attempt is well overdue (their job was lost).</summary>
public sealed class WebhookSweepJobTypeTests
{
    private readonly IOutboundMessageRepository _messages = Substitute.For<IOutboundMessageRepository>();
    private readonly IWebhookDeliveryScheduler _scheduler = Substitute.For<IWebhookDeliveryScheduler>();
    private readonly FakeTimeProvider _clock = Clock.Fake();

    [Test]
    public async Task RunAsync_WhenAMessageIsMoreThanFiveMinutesOverdue_SchedulesItNow()
    {
        var overdue = OutboundMessage.Create(Guid.NewGuid(), Guid.NewGuid(), "catalog.item-created.v1", "corr-old", "{}", _clock.UtcNow());
        var onTime = OutboundMessage.Create(Guid.NewGuid(), Guid.NewGuid(), "catalog.item-created.v1", "corr-new", "{}", _clock.UtcNow().AddMinutes(4));
        _messages.ListDueAsync(Arg.Any<CancellationToken>()).Returns([overdue, onTime]);
        _clock.Advance(TimeSpan.FromMinutes(6));

        await new WebhookSweepJobType(_messages, _scheduler, _clock).RunAsync(CancellationToken.None);

        _scheduler.Received(1).Schedule(Arg.Is<IReadOnlyList<Guid>>(ids => ids.SequenceEqual(new[] { overdue.Id })), _clock.UtcNow(), null);
        _scheduler.ReceivedWithAnyArgs(1).Schedule(default(IReadOnlyList<Guid>)!, default, default);
        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(Guid), default, default);
    }
}
