using Distribution.Modules.Integration.Application.Abstractions;
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
        var subscription = Guid.NewGuid();
        var overdue = new DueMessage(Guid.NewGuid(), subscription, _clock.UtcNow(), "corr-old");
        var onTime = new DueMessage(Guid.NewGuid(), subscription, _clock.UtcNow().AddMinutes(4), "corr-new");
        _messages.ListDueAsync(Arg.Any<CancellationToken>()).Returns([overdue, onTime]);
        _clock.Advance(TimeSpan.FromMinutes(6));

        await new WebhookSweepJobType(_messages, _scheduler, _clock).RunAsync(CancellationToken.None);

        _scheduler.Received(1).Schedule(Arg.Is<IReadOnlyList<Guid>>(ids => ids.SequenceEqual(new[] { overdue.Id })), _clock.UtcNow(), null);
        _scheduler.ReceivedWithAnyArgs(1).Schedule(default(IReadOnlyList<Guid>)!, default, default);
        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(Guid), default, default);
    }

    [Test]
    public async Task RunAsync_GivesEachSubscriptionsOverdueMessagesJobsOfTheirOwn()
    {
        var down = Guid.NewGuid();
        var up = Guid.NewGuid();
        var due = new[] { down, up, down, up }
            .Select(subscription => new DueMessage(Guid.NewGuid(), subscription, _clock.UtcNow(), null))
            .ToList();
        _messages.ListDueAsync(Arg.Any<CancellationToken>()).Returns(due);
        _clock.Advance(TimeSpan.FromMinutes(6));

        await new WebhookSweepJobType(_messages, _scheduler, _clock).RunAsync(CancellationToken.None);

        // A receiver that is down holds its jobs for the whole timeout; another's messages must not share them.
        foreach (var subscription in new[] { down, up })
        {
            var ids = due.Where(m => m.SubscriptionId == subscription).Select(m => m.Id).ToList();
            _scheduler.Received(1).Schedule(Arg.Is<IReadOnlyList<Guid>>(s => s.SequenceEqual(ids)), _clock.UtcNow(), null);
        }

        _scheduler.ReceivedWithAnyArgs(2).Schedule(default(IReadOnlyList<Guid>)!, default, default);
    }

    [Test]
    public async Task RunAsync_WhenNothingIsOverdue_SchedulesNothing()
    {
        _messages.ListDueAsync(Arg.Any<CancellationToken>()).Returns([new DueMessage(Guid.NewGuid(), Guid.NewGuid(), _clock.UtcNow(), null)]);
        _clock.Advance(TimeSpan.FromMinutes(4));

        await new WebhookSweepJobType(_messages, _scheduler, _clock).RunAsync(CancellationToken.None);

        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(IReadOnlyList<Guid>)!, default, default);
    }
}
