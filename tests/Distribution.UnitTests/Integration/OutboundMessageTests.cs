using Distribution.Modules.Integration.Domain.Messages;

namespace Distribution.UnitTests.Integration;

/// <summary>The message log's state machine: Pending → Sent, or → Retrying → Sent / DeadLettered; replay from DeadLettered.</summary>
public sealed class OutboundMessageTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);
    private static readonly RetryBackoff Backoff = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(30));

    [Test]
    public void Create_WhenNew_IsPendingAndDueNow()
    {
        var message = NewMessage();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.Pending));
            Assert.That(message.IsDue, Is.True);
            Assert.That(message.NextAttemptAtUtc, Is.EqualTo(Now));
            Assert.That(message.Attempts, Is.Zero);
        }
    }

    [Test]
    public void RecordSuccess_WhenPending_IsSentAndNoLongerDue()
    {
        var message = NewMessage();

        message.RecordSuccess(Now.AddSeconds(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.Sent));
            Assert.That(message.SentAtUtc, Is.EqualTo(Now.AddSeconds(1)));
            Assert.That(message.Attempts, Is.EqualTo(1));
            Assert.That(message.NextAttemptAtUtc, Is.Null);
            Assert.That(message.IsDue, Is.False);
        }
    }

    [Test]
    public void RecordSuccess_AfterAFailure_ForgetsTheLastError()
    {
        var message = NewMessage();
        message.RecordFailure("HTTP 503 Service Unavailable", Now, maxAttempts: 5, Backoff, jitter: 1);

        message.RecordSuccess(Now.AddMinutes(1));

        Assert.That(message.LastError, Is.Null);
        Assert.That(message.Attempts, Is.EqualTo(2));
    }

    [Test]
    public void RecordFailure_BeforeMaxAttempts_IsRetryingWithTheNextAttemptAfterTheBackoff()
    {
        var message = NewMessage();

        var next = message.RecordFailure("HTTP 500 Internal Server Error", Now, maxAttempts: 5, Backoff, jitter: 0.5);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.Retrying));
            Assert.That(message.IsDue, Is.True);
            Assert.That(message.Attempts, Is.EqualTo(1));
            Assert.That(message.LastError, Is.EqualTo("HTTP 500 Internal Server Error"));
            Assert.That(next, Is.EqualTo(Now + Backoff.DelayAfter(1, 0.5)));
            Assert.That(message.NextAttemptAtUtc, Is.EqualTo(next));
            Assert.That(message.DeadLetterReason, Is.Null);
        }
    }

    [Test]
    public void IsDueAt_BeforeTheNextAttempt_IsFalseAndFromItOn_IsTrue()
    {
        var message = NewMessage();
        var next = message.RecordFailure("HTTP 500", Now, maxAttempts: 5, Backoff, jitter: 1)!.Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.IsDueAt(next.AddTicks(-1)), Is.False);
            Assert.That(message.IsDueAt(next), Is.True);
            Assert.That(message.IsDueAt(next.AddHours(1)), Is.True);
        }
    }

    [Test]
    public void IsDueAt_WhenSentOrDeadLettered_IsFalseWhateverTheTime()
    {
        var sent = NewMessage();
        sent.RecordSuccess(Now);
        var deadLettered = NewMessage();
        deadLettered.DeadLetter(DeadLetterReasons.AttemptsExhausted);

        Assert.That(sent.IsDueAt(Now.AddYears(1)), Is.False);
        Assert.That(deadLettered.IsDueAt(Now.AddYears(1)), Is.False);
    }

    [Test]
    public void RecordFailure_WhenAttemptsAreExhausted_DeadLettersWithReason()
    {
        var message = NewMessage();
        message.RecordFailure("HTTP 500", Now, maxAttempts: 3, Backoff, jitter: 1);
        message.RecordFailure("HTTP 500", Now.AddSeconds(5), maxAttempts: 3, Backoff, jitter: 1);

        var next = message.RecordFailure("HTTP 502", Now.AddSeconds(15), maxAttempts: 3, Backoff, jitter: 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next, Is.Null);
            Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.DeadLettered));
            Assert.That(message.DeadLetterReason, Is.EqualTo("attempts-exhausted"));
            Assert.That(message.Attempts, Is.EqualTo(3));
            Assert.That(message.NextAttemptAtUtc, Is.Null);
            Assert.That(message.LastError, Is.EqualTo("HTTP 502"));
            Assert.That(message.IsDue, Is.False);
        }
    }

    [Test]
    public void RecordFailure_WithOneAttemptAllowed_DeadLettersAtOnce()
    {
        var message = NewMessage();

        Assert.That(message.RecordFailure("timeout", Now, maxAttempts: 1, Backoff, jitter: 0), Is.Null);
        Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.DeadLettered));
    }

    [Test]
    public void RecordFailure_WithALongError_KeepsTheFirst2000Characters()
    {
        var message = NewMessage();

        message.RecordFailure(new string('x', 5000), Now, maxAttempts: 5, Backoff, jitter: 0);

        Assert.That(message.LastError, Has.Length.EqualTo(2000));
    }

    [Test]
    public void DeadLetter_WhenSubscriptionIsGone_StopsWithThatReason()
    {
        var message = NewMessage();

        message.DeadLetter(DeadLetterReasons.SubscriptionGone);

        Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.DeadLettered));
        Assert.That(message.DeadLetterReason, Is.EqualTo("subscription-gone"));
        Assert.That(message.NextAttemptAtUtc, Is.Null);
    }

    [Test]
    public void Replay_WhenDeadLettered_PutsItBackInLineWithAFreshAttemptBudget()
    {
        var message = NewMessage();
        message.RecordFailure("HTTP 500", Now, maxAttempts: 1, Backoff, jitter: 0);
        var later = Now.AddHours(2);

        var replayed = message.Replay(later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(replayed, Is.True);
            Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.Pending));
            Assert.That(message.Attempts, Is.Zero);
            Assert.That(message.DeadLetterReason, Is.Null);
            Assert.That(message.NextAttemptAtUtc, Is.EqualTo(later));
            Assert.That(message.IsDue, Is.True);
        }
    }

    [Test]
    public void Replay_WhenReplayedMessageFailsAgain_CountsAttemptsFromZero()
    {
        var message = NewMessage();
        message.RecordFailure("HTTP 500", Now, maxAttempts: 2, Backoff, jitter: 0);
        message.RecordFailure("HTTP 500", Now, maxAttempts: 2, Backoff, jitter: 0);
        message.Replay(Now.AddHours(1));

        var next = message.RecordFailure("HTTP 500", Now.AddHours(1), maxAttempts: 2, Backoff, jitter: 0);

        Assert.That(next, Is.Not.Null, "A replayed message gets its whole attempt budget again.");
        Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.Retrying));
    }

    [TestCase(OutboundMessageStatus.Pending)]
    [TestCase(OutboundMessageStatus.Retrying)]
    [TestCase(OutboundMessageStatus.Sent)]
    public void Replay_WhenNotDeadLettered_IsNotPossible(OutboundMessageStatus status)
    {
        var message = MessageIn(status);
        var attempts = message.Attempts;

        var replayed = message.Replay(Now.AddHours(1));

        Assert.That(replayed, Is.False);
        Assert.That(message.Status, Is.EqualTo(status));
        Assert.That(message.Attempts, Is.EqualTo(attempts));
    }

    [Test]
    public void PurgePayload_KeepsTheLogRowButDropsTheBody()
    {
        var message = NewMessage();
        message.RecordSuccess(Now);

        message.PurgePayload();

        Assert.That(message.Payload, Is.Null);
        Assert.That(message.Status, Is.EqualTo(OutboundMessageStatus.Sent));
    }

    private static OutboundMessage NewMessage() =>
        OutboundMessage.Create(Guid.NewGuid(), Guid.NewGuid(), "catalog.item-created.v1", "corr-1", """{"id":1}""", Now);

    private static OutboundMessage MessageIn(OutboundMessageStatus status)
    {
        var message = NewMessage();
        switch (status)
        {
            case OutboundMessageStatus.Retrying:
                message.RecordFailure("HTTP 500", Now, maxAttempts: 5, Backoff, jitter: 0);
                break;
            case OutboundMessageStatus.Sent:
                message.RecordSuccess(Now);
                break;
            case OutboundMessageStatus.DeadLettered:
                message.DeadLetter(DeadLetterReasons.AttemptsExhausted);
                break;
        }

        Assert.That(message.Status, Is.EqualTo(status));
        return message;
    }
}
