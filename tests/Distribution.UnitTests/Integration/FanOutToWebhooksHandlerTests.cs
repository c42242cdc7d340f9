using System.Text.Json;
using Distribution.BuildingBlocks.Application.Events;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Webhooks.FanOutToWebhooks;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Distribution.UnitTests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Distribution.UnitTests.Integration;

/// <summary>Every integration event becomes one outbound message per matching, enabled webhook subscription.</summary>
public sealed class FanOutToWebhooksHandlerTests
{
    private readonly ISubscriptionRepository _subscriptions = Substitute.For<ISubscriptionRepository>();
    private readonly IOutboundMessageRepository _messages = Substitute.For<IOutboundMessageRepository>();
    private readonly IWebhookDeliveryScheduler _scheduler = Substitute.For<IWebhookDeliveryScheduler>();
    private readonly IIntegrationUnitOfWork _unitOfWork = UnitOfWorkSubstitute.Create<IIntegrationUnitOfWork>();
    private readonly FakeTimeProvider _clock = Clock.Fake();
    private readonly List<OutboundMessage> _added = [];

    private readonly IntegrationEventEnvelope _itemCreated = new(
        Guid.CreateVersion7(), "catalog.item-created.v1", new DateTime(2026, 3, 2, 9, 29, 58, DateTimeKind.Utc), "corr-7",
        """{"itemId":"0195a1b2-0000-7000-8000-000000000001","sku":"BLT-M8-40"}""");

    [SetUp]
    public void CaptureAddedMessages() =>
        _messages.When(m => m.AddRange(Arg.Any<IReadOnlyCollection<OutboundMessage>>()))
            .Do(call => _added.AddRange(call.Arg<IReadOnlyCollection<OutboundMessage>>()));

    [Test]
    public async Task HandleAsync_OnlyMatchingSubscriptionsGetAMessage()
    {
        var everything = Enabled("*");
        var catalogPrefix = Enabled("catalog.*");
        var exact = Enabled("catalog.item-created.v1");
        var otherVersion = Enabled("catalog.item-created.v2");
        var otherEvent = Enabled("catalog.item-updated.v1");
        var otherModule = Enabled("orders.*");
        _subscriptions.ListEnabledAsync(Arg.Any<CancellationToken>())
            .Returns([everything, catalogPrefix, exact, otherVersion, otherEvent, otherModule]);

        await NewHandler().HandleAsync(_itemCreated, CancellationToken.None);

        Assert.That(_added.Select(m => m.SubscriptionId), Is.EquivalentTo(new[] { everything.Id, catalogPrefix.Id, exact.Id }));
    }

    [Test]
    public async Task HandleAsync_OnlyEnabledSubscriptionsAreConsidered()
    {
        var enabled = Enabled("catalog.*");
        var disabled = Enabled("catalog.*");
        disabled.Change(disabled.Name, disabled.EventType, disabled.Url, disabled.MaxAttempts, enabled: false);
        _subscriptions.ListEnabledAsync(Arg.Any<CancellationToken>()).Returns([enabled]);
        _subscriptions.ListAsync(Arg.Any<Guid?>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([enabled, disabled]);

        await NewHandler().HandleAsync(_itemCreated, CancellationToken.None);

        Assert.That(_added.Select(m => m.SubscriptionId), Is.EqualTo(new[] { enabled.Id }));
    }

    [Test]
    public async Task HandleAsync_WritesAPendingMessageCarryingTheEvent()
    {
        var subscription = Enabled("catalog.*");
        _subscriptions.ListEnabledAsync(Arg.Any<CancellationToken>()).Returns([subscription]);

        await NewHandler().HandleAsync(_itemCreated, CancellationToken.None);

        var message = _added.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.EventId, Is.EqualTo(_itemCreated.EventId), "The event id is the receiver's idempotency key.");
            Assert.That(message.EventType, Is.EqualTo("catalog.item-created.v1"));
            Assert.That(message.CorrelationId, Is.EqualTo("corr-7"));
            Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.Pending));
            Assert.That(message.NextAttemptAtUtc, Is.EqualTo(_clock.UtcNow()));
        }

        using var body = JsonDocument.Parse(message.Payload!);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.RootElement.GetProperty("id").GetGuid(), Is.EqualTo(_itemCreated.EventId));
            Assert.That(body.RootElement.GetProperty("type").GetString(), Is.EqualTo("catalog.item-created.v1"));
            Assert.That(body.RootElement.GetProperty("correlationId").GetString(), Is.EqualTo("corr-7"));
            Assert.That(body.RootElement.GetProperty("data").GetProperty("sku").GetString(), Is.EqualTo("BLT-M8-40"));
        }
    }

    [Test]
    public async Task HandleAsync_BodyIsTheEnvelopeWithThePayloadAsData()
    {
        _subscriptions.ListEnabledAsync(Arg.Any<CancellationToken>()).Returns([Enabled("catalog.*")]);

        await NewHandler().HandleAsync(_itemCreated, CancellationToken.None);

        // The same bytes the earlier parse-and-rewrite produced for a payload the outbox wrote (compact JSON).
        Assert.That(_added.Single().Payload, Is.EqualTo(
            "{\"id\":\"" + _itemCreated.EventId + "\",\"type\":\"catalog.item-created.v1\"," +
            "\"occurredAt\":\"2026-03-02T09:29:58Z\",\"correlationId\":\"corr-7\"," +
            "\"data\":{\"itemId\":\"0195a1b2-0000-7000-8000-000000000001\",\"sku\":\"BLT-M8-40\"}}"));
    }

    [Test]
    public async Task HandleAsync_SchedulesDeliveriesOnlyOnceTheDeliveryJobCommits()
    {
        var first = Enabled("*");
        var second = Enabled("catalog.*");
        _subscriptions.ListEnabledAsync(Arg.Any<CancellationToken>()).Returns([first, second]);

        await NewHandler().HandleAsync(_itemCreated, CancellationToken.None);

        // The handler must not commit itself: the delivery job commits its changes with the inbox row.
        await _unitOfWork.DidNotReceiveWithAnyArgs().CommitAsync(default);
        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(IReadOnlyList<Guid>)!, default, default);

        await _unitOfWork.CommitAsync(CancellationToken.None);

        // One scheduling call per subscription (the scheduler makes batch jobs of each), under the event's correlation id.
        foreach (var subscription in new[] { first, second })
        {
            var ids = _added.Where(m => m.SubscriptionId == subscription.Id).Select(m => m.Id).ToList();
            _scheduler.Received(1).Schedule(Arg.Is<IReadOnlyList<Guid>>(s => s.SequenceEqual(ids)), _clock.UtcNow(), "corr-7");
        }

        _scheduler.ReceivedWithAnyArgs(2).Schedule(default(IReadOnlyList<Guid>)!, default, default);
        Assert.That(_added, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task HandleBatchAsync_GivesEachSubscriptionsMessagesTheirOwnDeliveryJobs()
    {
        var slow = Enabled("*");
        var fast = Enabled("catalog.*");
        _subscriptions.ListEnabledAsync(Arg.Any<CancellationToken>()).Returns([slow, fast]);
        var secondEvent = _itemCreated with { EventId = Guid.CreateVersion7(), CorrelationId = "corr-8" };

        await NewHandler().HandleBatchAsync([_itemCreated, secondEvent], CancellationToken.None);
        await _unitOfWork.CommitAsync(CancellationToken.None);

        // A batch's messages carry their own correlation ids (null here); a job never mixes two receivers.
        foreach (var subscription in new[] { slow, fast })
        {
            var ids = _added.Where(m => m.SubscriptionId == subscription.Id).Select(m => m.Id).ToList();
            Assert.That(ids, Has.Count.EqualTo(2));
            _scheduler.Received(1).Schedule(Arg.Is<IReadOnlyList<Guid>>(s => s.SequenceEqual(ids)), _clock.UtcNow(), null);
        }

        _scheduler.ReceivedWithAnyArgs(2).Schedule(default(IReadOnlyList<Guid>)!, default, default);
    }

    [Test]
    public async Task HandleAsync_WhenNothingMatches_AddsAndSchedulesNothing()
    {
        _subscriptions.ListEnabledAsync(Arg.Any<CancellationToken>()).Returns([Enabled("orders.*"), Enabled("catalog.item-updated.v1")]);

        await NewHandler().HandleAsync(_itemCreated, CancellationToken.None);
        await _unitOfWork.CommitAsync(CancellationToken.None);

        Assert.That(_added, Is.Empty);
        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(IReadOnlyList<Guid>)!, default, default);
        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(Guid), default, default);
    }

    private FanOutToWebhooksHandler NewHandler() => new(_subscriptions, _messages, _unitOfWork, _scheduler, _clock);

    private WebhookSubscription Enabled(string eventType) => WebhookSubscription.Create(
        $"Subscriber of {eventType}", eventType, new Uri("https://partner.example/hooks"), "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=", 5, _clock.UtcNow());
}
