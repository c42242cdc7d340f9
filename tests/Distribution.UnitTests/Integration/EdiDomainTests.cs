using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Integration.Domain.Exceptions;
using Distribution.UnitTests.Support;

namespace Distribution.UnitTests.Integration;

/// <summary>The EDI message log's outbound life, the 997 state of a sent group, and exceptions that recur.</summary>
public sealed class EdiDomainTests
{
    private static readonly DateTime Now = Clock.Start.UtcDateTime;

    private static EdiMessage Outbound() =>
        EdiMessage.Queued("C-1", "sftp", "C-1-000000001-855.x12", "ISA…", ["855"], "000000001", null, "corr-1", Now);

    [Test]
    public void DeliveryFailures_KeepItWaitingUntilTheLastAttempt_ThenItFails_AndRetryPutsItBack()
    {
        var message = Outbound();

        var first = message.RecordDeliveryFailure("connection refused", maxAttempts: 2);
        var statusAfterFirst = message.Status;
        var last = message.RecordDeliveryFailure("connection refused", maxAttempts: 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.False);
            Assert.That(statusAfterFirst, Is.EqualTo(EdiMessageStatus.Waiting));
            Assert.That(last, Is.True, "the failure that spends the last attempt says so, once");
            Assert.That(message.Status, Is.EqualTo(EdiMessageStatus.Failed));
            Assert.That(message.RecordDeliveryFailure("again", maxAttempts: 2), Is.False, "a failed message counts no more attempts");
            Assert.That(message.Retry(), Is.True);
            Assert.That(message.Status, Is.EqualTo(EdiMessageStatus.Waiting));
            Assert.That(message.Attempts, Is.Zero);
        }
    }

    [Test]
    public void MarkDelivered_Twice_KeepsTheFirstDelivery()
    {
        var message = Outbound();

        message.MarkDelivered("/out/a.x12", Now);
        message.MarkDelivered("/out/b.x12", Now.AddMinutes(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Status, Is.EqualTo(EdiMessageStatus.Delivered));
            Assert.That(message.Destination, Is.EqualTo("/out/a.x12"));
            Assert.That(message.DeliveredAtUtc, Is.EqualTo(Now));
            Assert.That(message.Attempts, Is.EqualTo(1));
        }
    }

    [Test]
    public void AnInboundMessage_IsNeverDelivered()
    {
        var received = EdiMessage.Received(Guid.NewGuid(), "C-1", "http", null, "ISA…", 10, EdiMessageStatus.Accepted, ["850"], ["1"], null, null, Now);

        Assert.Throws<InvalidOperationException>(() => received.MarkDelivered("x", Now));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            EdiMessage.Received(Guid.NewGuid(), "C-1", "http", null, "", 0, EdiMessageStatus.Waiting, [], [], null, null, Now));
    }

    [Test]
    public void SentGroup_IsOverdueOnlyAfterItsWindow_AndALate997StillCounts_ButARepeatedOneChangesNothing()
    {
        var group = SentGroup.Sent(Guid.NewGuid(), "C-1", "PR", "17", ["0001", "0002"], TimeSpan.FromHours(24), "corr-1", Now);

        var overdueAtTheDueTime = group.IsOverdueAt(Now.AddHours(24));
        var overdueAfter = group.IsOverdueAt(Now.AddHours(24).AddSeconds(1));
        group.MarkOverdue();
        var late = group.Acknowledge(SentGroupStatus.Accepted, "AK9 A", Guid.NewGuid(), Now.AddHours(30));
        var repeated = group.Acknowledge(SentGroupStatus.Rejected, "AK9 R", Guid.NewGuid(), Now.AddHours(31));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(overdueAtTheDueTime, Is.False);
            Assert.That(overdueAfter, Is.True);
            Assert.That(late, Is.True);
            Assert.That(repeated, Is.False);
            Assert.That(group.Status, Is.EqualTo(SentGroupStatus.Accepted));
            Assert.That(group.AcknowledgedAtUtc, Is.EqualTo(Now.AddHours(30)));
            Assert.That(group.TransactionSetControlNumbers, Is.EqualTo("0001,0002"));
        }
    }

    [Test]
    public void SentGroup_AcknowledgedAsAwaiting_IsRefused()
    {
        var group = SentGroup.Sent(Guid.NewGuid(), "C-1", "PR", "17", ["0001"], TimeSpan.FromHours(1), null, Now);

        Assert.Throws<ArgumentOutOfRangeException>(() => group.Acknowledge(SentGroupStatus.Overdue, null, Guid.NewGuid(), Now));
    }

    [Test]
    public void ExceptionCase_RecursWhileOpen_AndResolvesOnce()
    {
        var entry = ExceptionCase.Raise("edi.transport-failed", "refused", "S-1", "sftp", "corr", Now);

        entry.Recur("refused again", Now.AddMinutes(5));
        var first = entry.Resolve("Partner fixed its firewall.", Now.AddHours(1));
        var second = entry.Resolve("again", Now.AddHours(2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.Occurrences, Is.EqualTo(2));
            Assert.That(entry.Message, Is.EqualTo("refused again"));
            Assert.That(entry.LastOccurredAtUtc, Is.EqualTo(Now.AddMinutes(5)));
            Assert.That(first, Is.True);
            Assert.That(second, Is.False);
            Assert.That(entry.Resolution, Is.EqualTo("Partner fixed its firewall."));
            Assert.That(entry.ResolvedAtUtc, Is.EqualTo(Now.AddHours(1)));
        }
    }

    [Test]
    public void ExceptionCase_KeepsLongMessagesWithinTheirColumn()
    {
        var entry = ExceptionCase.Raise("edi.inbound-rejected", new string('x', ExceptionCase.MessageMaxLength + 50), null, null, null, Now);

        Assert.That(entry.Message, Has.Length.EqualTo(ExceptionCase.MessageMaxLength));
    }
}
