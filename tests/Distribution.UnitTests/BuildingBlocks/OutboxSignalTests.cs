using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.UnitTests.Support;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace Distribution.UnitTests.BuildingBlocks;

public sealed class OutboxSignalTests
{
    private const string Module = "catalog";

    private readonly IBackgroundJobClient _jobs = Substitute.For<IBackgroundJobClient>();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = Clock.Fake();

    [Test]
    public void Commits_while_a_dispatch_job_is_queued_queue_nothing_more()
    {
        var signal = new OutboxSignal(_jobs, _clock);

        signal.Signal(Module);
        signal.Signal(Module);
        signal.Signal(Module);

        Assert.That(QueuedJobs(), Is.EqualTo(1));
    }

    [Test]
    public void Commits_while_the_dispatcher_runs_queue_nothing_and_make_it_look_again()
    {
        var signal = new OutboxSignal(_jobs, _clock);
        signal.Signal(Module);
        Assert.That(signal.TryBeginRun(Module), Is.True);

        signal.Signal(Module);
        signal.Signal(Module);

        Assert.Multiple(() =>
        {
            Assert.That(QueuedJobs(), Is.EqualTo(1), "no job queued to wait on the dispatcher lock");
            Assert.That(signal.RunAgain(Module), Is.True, "the running dispatcher claims the new rows");
            Assert.That(signal.RunAgain(Module), Is.False, "nothing signalled since the second look");
        });
    }

    [Test]
    public void A_second_dispatch_job_in_the_same_process_returns_and_the_running_one_looks_again()
    {
        var signal = new OutboxSignal(_jobs, _clock);
        Assert.That(signal.TryBeginRun(Module), Is.True);

        Assert.Multiple(() =>
        {
            Assert.That(signal.TryBeginRun(Module), Is.False);
            Assert.That(signal.RunAgain(Module), Is.True);
        });
    }

    [Test]
    public void After_the_dispatcher_stops_the_next_commit_queues_a_job()
    {
        var signal = new OutboxSignal(_jobs, _clock);
        signal.Signal(Module);
        signal.TryBeginRun(Module);
        signal.RunAgain(Module);

        signal.Signal(Module);

        Assert.That(QueuedJobs(), Is.EqualTo(2));
    }

    [Test]
    public void After_a_failed_run_the_next_commit_queues_a_job()
    {
        var signal = new OutboxSignal(_jobs, _clock);
        signal.Signal(Module);
        signal.TryBeginRun(Module);
        signal.Signal(Module);

        signal.RunAbandoned(Module);
        signal.Signal(Module);

        Assert.That(QueuedJobs(), Is.EqualTo(2));
    }

    [Test]
    public void A_queued_job_that_may_have_started_on_another_host_is_trusted_only_for_a_while()
    {
        var signal = new OutboxSignal(_jobs, _clock);
        signal.Signal(Module);

        _clock.Advance(OutboxSignal.QueuedJobTrustedFor - TimeSpan.FromMilliseconds(1));
        signal.Signal(Module);
        Assert.That(QueuedJobs(), Is.EqualTo(1));

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        signal.Signal(Module);
        Assert.That(QueuedJobs(), Is.EqualTo(2));
    }

    [Test]
    public void Modules_are_signalled_independently()
    {
        var signal = new OutboxSignal(_jobs, _clock);
        signal.TryBeginRun(Module);

        signal.Signal("partners");

        Assert.That(QueuedJobs(), Is.EqualTo(1));
    }

    [Test]
    public void A_failed_enqueue_leaves_the_next_commit_free_to_try_again()
    {
        _jobs.Create(Arg.Any<Job>(), Arg.Any<IState>()).Returns(_ => throw new InvalidOperationException("storage down"), _ => "job-2");
        var signal = new OutboxSignal(_jobs, _clock);

        Assert.Throws<InvalidOperationException>(() => signal.Signal(Module));
        signal.Signal(Module);

        Assert.That(QueuedJobs(), Is.EqualTo(2));
    }

    private int QueuedJobs() =>
        _jobs.ReceivedCalls().Count(c => c.GetMethodInfo().Name == nameof(IBackgroundJobClient.Create)
            && c.GetArguments()[0] is Job { Method.Name: nameof(OutboxDispatchJob.DispatchAsync) });
}
