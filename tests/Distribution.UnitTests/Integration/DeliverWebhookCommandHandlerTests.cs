using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Webhooks;
using Distribution.Modules.Integration.Application.Webhooks.DeliverWebhook;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Distribution.UnitTests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Distribution.UnitTests.Integration;

/// <summary>
/// One delivery attempt per message of a batch: send, then record every outcome in the message log in one commit and
/// schedule what comes next, per message.
/// </summary>
public sealed class DeliverWebhookCommandHandlerTests
{
    private static readonly WebhookOptions Settings = new()
    {
        BackoffBase = TimeSpan.FromSeconds(5),
        BackoffCap = TimeSpan.FromMinutes(30),
    };

    private readonly IOutboundMessageRepository _messages = Substitute.For<IOutboundMessageRepository>();
    private readonly ISubscriptionRepository _subscriptions = Substitute.For<ISubscriptionRepository>();
    private readonly IWebhookSender _sender = Substitute.For<IWebhookSender>();
    private readonly IWebhookDeliveryScheduler _scheduler = Substitute.For<IWebhookDeliveryScheduler>();
    private readonly FakeTimeProvider _clock = Clock.Fake();
    private readonly Dictionary<Guid, OutboundMessage> _stored = [];
    private IIntegrationUnitOfWork _unitOfWork = UnitOfWorkSubstitute.Create<IIntegrationUnitOfWork>();

    [SetUp]
    public void ServeStoredMessages() =>
        _messages.ListByIdsAsync(Arg.Any<IReadOnlyCollection<Guid>>(), Arg.Any<CancellationToken>()).Returns(call =>
            call.Arg<IReadOnlyCollection<Guid>>().Where(_stored.ContainsKey).Select(id => _stored[id]).ToList());

    [Test]
    public async Task Handle_WhenTheReceiverTakesIt_IsSentAndCommitted()
    {
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        _sender.SendAsync(subscription, message, Arg.Any<CancellationToken>()).Returns((string?)null);
        _clock.Advance(TimeSpan.FromSeconds(2));

        var outcome = await Handle(message);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(DeliveryOutcome.Sent));
            Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.Sent));
            Assert.That(message.SentAtUtc, Is.EqualTo(_clock.UtcNow()));
        }

        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(Guid), default, default);
    }

    [Test]
    public async Task Handle_WhenTheReceiverFails_SchedulesTheRetryAfterCommit()
    {
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        _sender.SendAsync(subscription, message, Arg.Any<CancellationToken>()).Returns("HTTP 503 Service Unavailable");

        var outcome = await Handle(message);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(DeliveryOutcome.RetryScheduled));
            Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.Retrying));
            Assert.That(message.Attempts, Is.EqualTo(1));
            Assert.That(message.LastError, Is.EqualTo("HTTP 503 Service Unavailable"));
            // First retry: the 5 s base scaled by a jitter factor in [0.5, 1].
            Assert.That(message.NextAttemptAtUtc,
                Is.InRange(_clock.UtcNow() + TimeSpan.FromSeconds(2.5), _clock.UtcNow() + TimeSpan.FromSeconds(5)));
        }

        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
        _scheduler.Received(1).Schedule(message.Id, message.NextAttemptAtUtc!.Value, "corr-42");
    }

    [Test]
    public void Handle_WhenTheCommitFails_SchedulesNoRetry()
    {
        _unitOfWork = UnitOfWorkSubstitute.Create<IIntegrationUnitOfWork>(new InvalidOperationException("database gone"));
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        _sender.SendAsync(subscription, message, Arg.Any<CancellationToken>()).Returns("HTTP 500");

        Assert.ThrowsAsync<InvalidOperationException>(async () => await Handle(message));

        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(Guid), default, default);
    }

    [Test]
    public async Task Handle_WhenTheLastAttemptFails_DeadLettersWithoutScheduling()
    {
        var subscription = Subscription(maxAttempts: 3);
        var message = Message(subscription);
        var backoff = new RetryBackoff(Settings.BackoffBase, Settings.BackoffCap);
        message.RecordFailure("HTTP 500", _clock.UtcNow(), 3, backoff, jitter: 0);
        message.RecordFailure("HTTP 500", _clock.UtcNow(), 3, backoff, jitter: 0);
        _clock.SetUtcNow(message.NextAttemptAtUtc!.Value);
        _sender.SendAsync(subscription, message, Arg.Any<CancellationToken>()).Returns("HTTP 500");

        var outcome = await Handle(message);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(DeliveryOutcome.DeadLettered));
            Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.DeadLettered));
            Assert.That(message.DeadLetterReason, Is.EqualTo(DeadLetterReasons.AttemptsExhausted));
            Assert.That(message.Attempts, Is.EqualTo(3));
        }

        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(Guid), default, default);
    }

    [Test]
    public async Task Handle_WhenTheSubscriptionIsGone_DeadLettersWithoutSending()
    {
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        _subscriptions.GetAsync(subscription.Id, Arg.Any<CancellationToken>()).Returns((WebhookSubscription?)null);

        var outcome = await Handle(message);

        Assert.That(outcome, Is.EqualTo(DeliveryOutcome.DeadLettered));
        Assert.That(message.DeadLetterReason, Is.EqualTo("subscription-gone"));
        await _sender.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default);
        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Handle_WhenTheSubscriptionIsDisabled_DeadLettersWithoutSending()
    {
        var subscription = Subscription(maxAttempts: 5);
        subscription.Change(subscription.Name, subscription.EventType, subscription.Url, subscription.MaxAttempts, enabled: false);
        var message = Message(subscription);

        var outcome = await Handle(message);

        Assert.That(outcome, Is.EqualTo(DeliveryOutcome.DeadLettered));
        Assert.That(message.DeadLetterReason, Is.EqualTo("subscription-gone"));
        await _sender.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default);
    }

    [Test]
    public async Task Handle_WhenAlreadySent_IsSkippedWithoutSending()
    {
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        message.RecordSuccess(_clock.UtcNow());

        var outcome = await Handle(message);

        Assert.That(outcome, Is.EqualTo(DeliveryOutcome.Skipped));
        await _sender.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default);
        await _unitOfWork.DidNotReceiveWithAnyArgs().CommitAsync(default);
    }

    [Test]
    public async Task Handle_WhenDeadLettered_IsSkippedWithoutSending()
    {
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        message.DeadLetter(DeadLetterReasons.AttemptsExhausted);

        var outcome = await Handle(message);

        Assert.That(outcome, Is.EqualTo(DeliveryOutcome.Skipped));
        await _sender.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default);
    }

    [Test]
    public async Task Handle_WhenTheNextAttemptIsNotDueYet_IsSkippedWithoutSending()
    {
        // A second job for the same message (recovery re-schedules what a durable job store still holds) must not
        // jump the backoff, or every duplicate would send early and schedule yet another attempt.
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        message.RecordFailure("HTTP 500", _clock.UtcNow(), 5, new RetryBackoff(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30)), jitter: 1);
        _clock.Advance(TimeSpan.FromSeconds(10));

        var outcome = await Handle(message);

        Assert.That(outcome, Is.EqualTo(DeliveryOutcome.Skipped));
        Assert.That(message.Attempts, Is.EqualTo(1));
        await _sender.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default);
        _scheduler.DidNotReceiveWithAnyArgs().Schedule(default(Guid), default, default);
    }

    [Test]
    public async Task Handle_WhenTheNextAttemptIsDue_Sends()
    {
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        message.RecordFailure("HTTP 500", _clock.UtcNow(), 5, new RetryBackoff(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30)), jitter: 1);
        _clock.SetUtcNow(message.NextAttemptAtUtc!.Value);
        _sender.SendAsync(subscription, message, Arg.Any<CancellationToken>()).Returns((string?)null);

        var outcome = await Handle(message);

        Assert.That(outcome, Is.EqualTo(DeliveryOutcome.Sent));
        Assert.That(message.Attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task Handle_WhenTheJobRunsAFractionOfASecondEarly_StillSends()
    {
        // Another host's clock may be a little behind the one that scheduled the job; that job must not be lost.
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        message.RecordFailure("HTTP 500", _clock.UtcNow(), 5, new RetryBackoff(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30)), jitter: 1);
        _clock.SetUtcNow(message.NextAttemptAtUtc!.Value.AddMilliseconds(-300));
        _sender.SendAsync(subscription, message, Arg.Any<CancellationToken>()).Returns((string?)null);

        Assert.That(await Handle(message), Is.EqualTo(DeliveryOutcome.Sent));
    }

    [Test]
    public async Task Handle_WhenTheMessageIsUnknown_IsSkipped()
    {
        var results = await NewHandler().Handle(new DeliverWebhookCommand(Guid.NewGuid()), CancellationToken.None);

        Assert.That(results.Single().Outcome, Is.EqualTo(DeliveryOutcome.Skipped));
        await _sender.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default);
    }

    [Test]
    public async Task Handle_WhenABatchPartlyFails_RecordsEachOutcomeInOneCommitAndSchedulesOnlyTheFailure()
    {
        var subscription = Subscription(maxAttempts: 5);
        var taken = Message(subscription);
        var failed = Message(subscription);
        var alreadySent = Message(subscription);
        alreadySent.RecordSuccess(_clock.UtcNow());
        _sender.SendAsync(subscription, taken, Arg.Any<CancellationToken>()).Returns((string?)null);
        _sender.SendAsync(subscription, failed, Arg.Any<CancellationToken>()).Returns("HTTP 503 Service Unavailable");

        var results = await NewHandler().Handle(
            new DeliverWebhookCommand([taken.Id, failed.Id, alreadySent.Id]), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => (r.MessageId, r.Outcome)), Is.EqualTo(new[]
            {
                (taken.Id, DeliveryOutcome.Sent), (failed.Id, DeliveryOutcome.RetryScheduled), (alreadySent.Id, DeliveryOutcome.Skipped),
            }));
            Assert.That(results.Select(r => r.CorrelationId), Is.All.EqualTo("corr-42"));
            Assert.That(taken.Status, Is.EqualTo(OutboundMessageStatus.Sent));
            Assert.That(failed.Status, Is.EqualTo(OutboundMessageStatus.Retrying));
            Assert.That(failed.Attempts, Is.EqualTo(1));
            Assert.That(alreadySent.Attempts, Is.EqualTo(1), "a sent message is not sent again");
        }

        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
        await _sender.Received(2).SendAsync(Arg.Any<WebhookSubscription>(), Arg.Any<OutboundMessage>(), Arg.Any<CancellationToken>());
        _scheduler.Received(1).Schedule(failed.Id, failed.NextAttemptAtUtc!.Value, "corr-42");
        _scheduler.ReceivedWithAnyArgs(1).Schedule(default(Guid), default, default);
    }

    [Test]
    public async Task Handle_WhenSendingOneMessageThrows_TheOthersOutcomesAreStillRecorded()
    {
        var subscription = Subscription(maxAttempts: 5);
        var taken = Message(subscription);
        var broken = Message(subscription);
        _sender.SendAsync(subscription, taken, Arg.Any<CancellationToken>()).Returns((string?)null);
        _sender.SendAsync(subscription, broken, Arg.Any<CancellationToken>())
            .Returns<string?>(_ => throw new InvalidOperationException("An invalid request URI was provided."));

        var results = await NewHandler().Handle(new DeliverWebhookCommand([taken.Id, broken.Id]), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[] { DeliveryOutcome.Sent, DeliveryOutcome.RetryScheduled }));
            Assert.That(taken.Status, Is.EqualTo(OutboundMessageStatus.Sent), "not sent again by a retry of the whole job");
            Assert.That(broken.Attempts, Is.EqualTo(1));
            Assert.That(broken.LastError, Is.EqualTo("Could not send: InvalidOperationException: An invalid request URI was provided."));
        }

        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
        _scheduler.Received(1).Schedule(broken.Id, broken.NextAttemptAtUtc!.Value, "corr-42");
    }

    [Test]
    public void Handle_WhenTheJobIsCancelled_Throws()
    {
        var subscription = Subscription(maxAttempts: 5);
        var message = Message(subscription);
        using var cancellation = new CancellationTokenSource();
        _sender.SendAsync(subscription, message, Arg.Any<CancellationToken>()).Returns<string?>(_ =>
        {
            cancellation.Cancel();
            throw new OperationCanceledException(cancellation.Token);
        });

        // A stopping server is not the receiver's failure: nothing is recorded, the message stays due for recovery.
        Assert.CatchAsync<OperationCanceledException>(async () =>
            await NewHandler().Handle(new DeliverWebhookCommand(message.Id), cancellation.Token));
        Assert.That(message.Attempts, Is.Zero);
    }

    [Test]
    public async Task Handle_WhenABatchIsSent_TheRequestsAreInFlightTogether()
    {
        var subscription = Subscription(maxAttempts: 5);
        var batch = Enumerable.Range(0, 4).Select(_ => Message(subscription)).ToList();
        var inFlight = 0;
        var mostInFlight = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _sender.SendAsync(subscription, Arg.Any<OutboundMessage>(), Arg.Any<CancellationToken>()).Returns(async _ =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostInFlight, now);
            if (now == batch.Count)
            {
                allStarted.TrySetResult();
            }

            await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref inFlight);
            return (string?)null;
        });

        var results = await NewHandler().Handle(new DeliverWebhookCommand(batch.Select(m => m.Id).ToList()), CancellationToken.None);

        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(DeliveryOutcome.Sent));
        Assert.That(mostInFlight, Is.EqualTo(batch.Count));
        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    private async Task<DeliveryOutcome> Handle(OutboundMessage message) =>
        (await NewHandler().Handle(new DeliverWebhookCommand(message.Id), CancellationToken.None)).Single().Outcome;

    private DeliverWebhookCommandHandler NewHandler() => new(
        _messages, _subscriptions, _sender, _scheduler, _unitOfWork, Options.Create(Settings), _clock);

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private WebhookSubscription Subscription(int maxAttempts)
    {
        var subscription = WebhookSubscription.Create("Shop", "catalog.*", new Uri("https://shop.example/hooks"),
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", maxAttempts, _clock.UtcNow());
        _subscriptions.GetAsync(subscription.Id, Arg.Any<CancellationToken>()).Returns(subscription);
        return subscription;
    }

    private OutboundMessage Message(WebhookSubscription subscription)
    {
        var message = OutboundMessage.Create(subscription.Id, Guid.NewGuid(), "catalog.item-created.v1", "corr-42", "{}", _clock.UtcNow());
        _stored[message.Id] = message;
        return message;
    }
}
