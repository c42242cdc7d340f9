using System.Globalization;
using Distribution.IntegrationTests.Infrastructure;
using static Distribution.IntegrationTests.Edi.Transports.TransportTestKit;
using static Distribution.IntegrationTests.Edi.X12Samples;

namespace Distribution.IntegrationTests.Edi.Transports;

/// <summary>
/// Drop folders end to end: the real host on real SQLite, a partner profile made through the API, real files in a
/// temporary folder, and the <c>edi-drop-folder-poll</c> job type run directly (and once through the sync-jobs API).
/// </summary>
[TestFixture]
public sealed class DropFolderTransportTests
{
    private const string Partner = "DROP-1";
    private const string PartnerIsa = "DROPONE";
    private const int MaxInboundBytes = 4096;
    private static readonly TimeSpan Old = TimeSpan.FromMinutes(1);

    private readonly string _dropRoot = Path.Combine(Path.GetTempPath(), "dih-itests-drop", Guid.NewGuid().ToString("N"));
    private HubFactory _hub = null!;
    private HttpClient _admin = null!;
    private int _nextControlNumber = 500;

    private string Inbox => Path.Combine(_dropRoot, "drop-1", "inbox");

    private string Archive => Path.Combine(_dropRoot, "drop-1", "archive");

    private string Error => Path.Combine(_dropRoot, "drop-1", "error");

    private string Outbox => Path.Combine(_dropRoot, "drop-1", "outbox");

    [OneTimeSetUp]
    public async Task StartHub()
    {
        _hub = new HubFactory(settings: new Dictionary<string, string?>
        {
            ["Edi:DropFolderRoot"] = _dropRoot,
            ["Edi:FileQuietPeriod"] = "00:00:05",
            ["Edi:MaxInboundBytes"] = MaxInboundBytes.ToString(CultureInfo.InvariantCulture),
        });
        _admin = _hub.CreateAdminClient();
        await CreatePartnerAsync(_admin, Partner, PartnerIsa, "drop-folder", new { dropFolder = new { path = "drop-1" } });
    }

    [OneTimeTearDown]
    public async Task StopHub()
    {
        _admin.Dispose();
        await _hub.DisposeAsync();
        if (Directory.Exists(_dropRoot))
        {
            Directory.Delete(_dropRoot, recursive: true);
        }
    }

    private int Next() => Interlocked.Increment(ref _nextControlNumber);

    private string Order(int isa13, int gs06, int? ieaControlNumber = null) =>
        Interchange(PartnerIsa, isa13, "PO", gs06, [PurchaseOrder("0001", $"PO-{isa13}")], ieaControlNumber: ieaControlNumber);

    private Task<string?> PollAsync() => RunJobAsync(_hub, "edi-drop-folder-poll");

    [Test]
    public async Task Poll_ValidOrderInTheInbox_IsArchivedLoggedWithItsCorrelationId_AndIts997IsInTheOutbox()
    {
        int isa13 = Next(), gs06 = Next();
        var name = $"po-{isa13}.x12";
        WriteAged(Inbox, name, Order(isa13, gs06), Old);

        Assert.That(await PollAsync(), Is.Null);

        var received = (await MessagesAsync(_admin, Partner)).Single(m => m.Str("fileName") == name);
        var correlationId = received.Str("correlationId");
        var flow = await MessagesByCorrelationAsync(_admin, correlationId!);
        var acknowledgement = flow.Single(m => m.Str("direction") == "outbound");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Names(Inbox), Does.Not.Contain(name));
            Assert.That(Names(Archive).Where(n => n.EndsWith("_" + name, StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1));
            Assert.That(received.Str("status"), Is.EqualTo("accepted"));
            Assert.That(received.Str("transport"), Is.EqualTo("drop-folder"));
            Assert.That(correlationId, Is.Not.Null.And.Not.Empty);
            Assert.That(acknowledgement.Str("status"), Is.EqualTo("delivered"), "the same poll pushed the 997");
            Assert.That(acknowledgement.Str("destination"), Does.StartWith(Outbox));
            var written = File.ReadAllText(acknowledgement.Str("destination")!);
            Assert.That(written, Does.Contain("ST*997*").And.Contain($"AK1*PO*{gs06}").And.Contain("AK9*A*1*1*1"));
        }
    }

    [Test]
    public async Task Poll_HalfWrittenFiles_AreNotTaken()
    {
        var recent = $"recent-{Next()}.x12";
        var partial = $"partial-{Next()}.x12.part";
        WriteAged(Inbox, recent, Order(Next(), Next()), TimeSpan.Zero);
        WriteAged(Inbox, partial, Order(Next(), Next()), Old);

        await PollAsync();

        var logged = (await MessagesAsync(_admin, Partner)).Select(m => m.Str("fileName")).ToList();
        Assert.That(Names(Inbox), Does.Contain(recent).And.Contain(partial));
        Assert.That(logged, Does.Not.Contain(recent).And.Not.Contain(partial));
    }

    [Test]
    public async Task Poll_BrokenEnvelope_GoesToTheErrorFolder_WithAnExceptionAndARejectingTa1InTheOutbox()
    {
        var isa13 = Next();
        var name = $"broken-{isa13}.x12";
        WriteAged(Inbox, name, Order(isa13, Next(), ieaControlNumber: isa13 + 1), Old);
        var events = await ReceivedEventsAsync(_hub);

        await PollAsync();

        var received = (await MessagesAsync(_admin, Partner)).Single(m => m.Str("fileName") == name);
        var exceptions = await ExceptionsAsync(_admin, Partner);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Str("status"), Is.EqualTo("rejected"));
            Assert.That(Names(Error).Where(n => n.EndsWith("_" + name, StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1));
            Assert.That(Names(Archive).Where(n => n.EndsWith("_" + name, StringComparison.Ordinal)), Is.Empty);
            Assert.That(exceptions.Select(e => e.Str("kind")), Does.Contain("edi.inbound-rejected"));
            Assert.That(Names(Outbox).Select(n => File.ReadAllText(Path.Combine(Outbox, n))).Where(t => t.Contains($"TA1*{isa13:D9}*", StringComparison.Ordinal)).ToList(),
                Has.Count.EqualTo(1).And.All.Contain("*R*"), "a TA1 rejecting the interchange");
            Assert.That(await ReceivedEventsAsync(_hub), Is.EqualTo(events), "nothing half-processed");
        }
    }

    [Test]
    public async Task Poll_SetWithAWrongSegmentCount_GoesToTheErrorFolder_WithARejecting997InTheOutbox()
    {
        int isa13 = Next(), gs06 = Next();
        var name = $"bad-count-{isa13}.x12";
        WriteAged(Inbox, name, Interchange(PartnerIsa, isa13, "PO", gs06, [PurchaseOrder("0001", "PO-BAD", declaredSegments: 9)]), Old);
        var events = await ReceivedEventsAsync(_hub);

        await PollAsync();

        var received = (await MessagesAsync(_admin, Partner)).Single(m => m.Str("fileName") == name);
        var acknowledgement = (await MessagesByCorrelationAsync(_admin, received.Str("correlationId")!)).Single(m => m.Str("direction") == "outbound");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Str("status"), Is.EqualTo("rejected"));
            Assert.That(Names(Error).Where(n => n.EndsWith("_" + name, StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1));
            Assert.That(File.ReadAllText(acknowledgement.Str("destination")!),
                Does.Contain($"AK1*PO*{gs06}").And.Contain("AK5*R").And.Contain("AK9*R*1*1*0"));
            Assert.That(await ReceivedEventsAsync(_hub), Is.EqualTo(events), "nothing half-processed");
        }
    }

    [Test]
    public async Task Poll_SameInterchangeDroppedTwice_SecondIsADuplicateAndNotProcessedAgain()
    {
        var x12 = Order(Next(), Next());
        var first = $"first-{Next()}.x12";
        var second = $"again-{Next()}.x12";
        WriteAged(Inbox, first, x12, Old);
        await PollAsync();
        var events = await ReceivedEventsAsync(_hub);

        WriteAged(Inbox, second, x12, Old);
        await PollAsync();

        var log = await MessagesAsync(_admin, Partner);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(log.Single(m => m.Str("fileName") == first).Str("status"), Is.EqualTo("accepted"));
            Assert.That(log.Single(m => m.Str("fileName") == second).Str("status"), Is.EqualTo("duplicate"));
            Assert.That(await ReceivedEventsAsync(_hub), Is.EqualTo(events), "the duplicate raised no second order");
            Assert.That(Names(Archive).Where(n => n.EndsWith("_" + second, StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Poll_FileOverTheSizeLimit_GoesUnreadToTheErrorFolderWithAnException()
    {
        var name = $"huge-{Next()}.x12";
        WriteAged(Inbox, name, new string('X', MaxInboundBytes + 1), Old);

        await PollAsync();

        var exception = (await ExceptionsAsync(_admin, Partner)).SingleOrDefault(e => e.Str("reference") == name);
        Assert.That(exception?.Str("kind"), Is.EqualTo("edi.transport-failed"));
        Assert.That(Names(Error).Where(n => n.EndsWith("_" + name, StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1));
        Assert.That((await MessagesAsync(_admin, Partner)).Select(m => m.Str("fileName")), Does.Not.Contain(name), "not read");
    }

    [Test]
    public async Task ScheduledThroughTheSyncJobsApi_RunNowPollsTheFolders()
    {
        var types = (await JsonArrayAsync(_admin, "/api/v1/sync-jobs/types")).Select(t => t.Str("key")).ToList();
        var schedule = await _admin.PostOkAsync("/api/v1/sync-jobs",
            new { name = "EDI drop folders", jobType = "edi-drop-folder-poll", cron = "0 0 1 1 *", timeZone = "UTC", enabled = true });
        var name = $"scheduled-{Next()}.x12";
        WriteAged(Inbox, name, Order(Next(), Next()), Old);

        using var run = await _admin.PostAsync(new Uri($"/api/v1/sync-jobs/{schedule.Str("id")}/run", UriKind.Relative), null);

        Assert.That(types, Does.Contain("edi-drop-folder-poll").And.Contain("edi-sftp-poll"));
        Assert.That(run.IsSuccessStatusCode, Is.True);
        await Eventually.MatchesAsync(() => Names(Archive), names => names.Any(n => n.EndsWith("_" + name, StringComparison.Ordinal)),
            $"{name} archived by the Hangfire run");
    }
}
