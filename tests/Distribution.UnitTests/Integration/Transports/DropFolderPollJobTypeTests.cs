using System.Text;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Application.Edi.ListWaitingEdiDocuments;
using Distribution.Modules.Integration.Application.Edi.MarkEdiDocumentDelivered;
using Distribution.Modules.Integration.Application.Edi.ReceiveEdi;
using Distribution.Modules.Integration.Application.Edi.RecordEdiDeliveryFailure;
using Distribution.Modules.Integration.Application.Exceptions.RaiseException;
using Distribution.Modules.Integration.Infrastructure.Edi.Transports;
using Distribution.Modules.Integration.Infrastructure.Edi.Transports.DropFolders;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Distribution.UnitTests.Support;
using Mediator;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Distribution.UnitTests.Integration.Transports;

/// <summary>The drop-folder poll on real temporary folders, with the EDI core behind a substitute mediator.</summary>
public sealed class DropFolderPollJobTypeTests
{
    private readonly ISender _sender = Substitute.For<ISender>();
    private readonly FakeTimeProvider _clock = Clock.Fake();
    private string _root = null!;
    private EdiOptions _options = null!;

    [SetUp]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "dih-droppoll-tests", Guid.NewGuid().ToString("N"));
        _options = new EdiOptions { DropFolderRoot = _root, FileQuietPeriod = TimeSpan.FromSeconds(5), MaxInboundBytes = 1000 };
        Partners(Partner("ACME"));
        Waiting("ACME");
        Waiting("GLOBEX");
    }

    [TearDown]
    public void DeleteRoot()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static EdiPartner Partner(string partnerId, string? path = null) => new(
        Guid.NewGuid(), partnerId, "customer", partnerId, false, "ZZ", partnerId, partnerId, "004010",
        EdiAcknowledgementPolicy.Always, TimeSpan.FromDays(3), TimeSpan.FromHours(24),
        [new EdiChannel("850", EdiChannel.Inbound, EdiChannel.DropFolder)], path, null);

    private void Partners(params EdiPartner[] partners) =>
        _sender.Send(Arg.Any<ListEdiPartnersQuery>(), Arg.Any<CancellationToken>()).Returns(new ValueTask<IReadOnlyList<EdiPartner>>(partners));

    private void Waiting(string partnerId, params WaitingEdiDocument[] documents) =>
        _sender.Send(Arg.Is<ListWaitingEdiDocumentsQuery>(q => q.PartnerId == partnerId), Arg.Any<CancellationToken>())
            .Returns(new ValueTask<IReadOnlyList<WaitingEdiDocument>>(documents));

    private void Receipts(string status) =>
        _sender.Send(Arg.Any<ReceiveEdiCommand>(), Arg.Any<CancellationToken>())
            .Returns(_ => new ValueTask<EdiReceipt>(TransportReceipts.With(status)));

    private DropFolderPollJobType Job()
    {
        var environment = Substitute.For<IHostEnvironment>();
        environment.ContentRootPath.Returns(_root);
        return new DropFolderPollJobType(_sender, new EdiTransportCore(_sender, NullLogger<EdiTransportCore>.Instance),
            new QuietFileTracker(_clock), Options.Create(_options), environment, _clock, NullLogger<DropFolderPollJobType>.Instance);
    }

    private string Folder(string partnerId, string sub) => Path.Combine(_root, partnerId, sub);

    private string Drop(string partnerId, string name, string content, double secondsAgo = 60)
    {
        Directory.CreateDirectory(Folder(partnerId, "inbox"));
        var path = Path.Combine(Folder(partnerId, "inbox"), name);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, _clock.UtcNow().AddSeconds(-secondsAgo));
        return path;
    }

    private static string[] Names(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).ToArray() : [];

    [Test]
    public async Task Run_OnFirstPoll_CreatesThePartnersFolders()
    {
        await Job().RunAsync(CancellationToken.None);

        Assert.That(Directory.GetDirectories(Path.Combine(_root, "ACME")).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "inbox", "processing", "archive", "error", "outbox" }));
    }

    [Test]
    public async Task Run_WhenAFinishedFileIsAccepted_ReceivesItAndArchivesIt()
    {
        Receipts("accepted");
        Drop("ACME", "po1.x12", "ISA*850~");

        await Job().RunAsync(CancellationToken.None);

        await _sender.Received(1).Send(
            Arg.Is<ReceiveEdiCommand>(c => c.Transport == "drop-folder" && c.FileName == "po1.x12" && c.ExpectedPartnerId == "ACME"
                && Encoding.ASCII.GetString(c.Content) == "ISA*850~"),
            Arg.Any<CancellationToken>());
        Assert.That(Names(Folder("ACME", "archive")), Is.EqualTo(new[] { "20260302T093000000Z_po1.x12" }));
        Assert.That(Names(Folder("ACME", "inbox")).Concat(Names(Folder("ACME", "processing"))), Is.Empty);
    }

    [TestCase("rejected", "error")]
    [TestCase("duplicate", "archive")]
    [TestCase("accepted-with-errors", "archive")]
    public async Task Run_MovesTheFileByTheReceiptStatus(string status, string folder)
    {
        Receipts(status);
        Drop("ACME", "po1.x12", "ISA*850~");

        await Job().RunAsync(CancellationToken.None);

        Assert.That(Names(Folder("ACME", folder)), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Run_WhenAnotherCopyIsBeingReceived_PutsTheFileBackToBeTakenAgainLater()
    {
        Receipts("in-progress");
        Drop("ACME", "po1.x12", "ISA*850~");

        await Job().RunAsync(CancellationToken.None);
        await Job().RunAsync(CancellationToken.None);

        Assert.That(Names(Folder("ACME", "inbox")), Is.EqualTo(new[] { "po1.x12" }));
        Assert.That(Names(Folder("ACME", "archive")).Concat(Names(Folder("ACME", "error"))), Is.Empty);
        await _sender.Received(1).Send(Arg.Any<ReceiveEdiCommand>(), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Run_LeavesFilesStillBeingWrittenInTheInbox()
    {
        Receipts("accepted");
        Drop("ACME", "recent.x12", "ISA", secondsAgo: 1);
        Drop("ACME", "upload.x12.part", "ISA");
        Drop("ACME", ".hidden", "ISA");

        await Job().RunAsync(CancellationToken.None);

        await _sender.DidNotReceive().Send(Arg.Any<ReceiveEdiCommand>(), Arg.Any<CancellationToken>());
        Assert.That(Names(Folder("ACME", "inbox")), Is.EquivalentTo(new[] { "recent.x12", "upload.x12.part", ".hidden" }));
    }

    [Test]
    public async Task Run_WhenAFileIsOverTheSizeLimit_MovesItUnreadToErrorAndRaisesAnException()
    {
        Receipts("accepted");
        Drop("ACME", "huge.x12", new string('x', 1001));

        await Job().RunAsync(CancellationToken.None);

        await _sender.DidNotReceive().Send(Arg.Any<ReceiveEdiCommand>(), Arg.Any<CancellationToken>());
        await _sender.Received(1).Send(Arg.Is<RaiseExceptionCommand>(c =>
            c.Kind == "edi.transport-failed" && c.PartnerId == "ACME" && c.Reference == "huge.x12" && c.Message.Contains("1001 bytes")), Arg.Any<CancellationToken>());
        Assert.That(Names(Folder("ACME", "error")), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Run_WhenTheHubFailsToReceive_PutsTheFileBackAndStillPollsOtherPartners()
    {
        Partners(Partner("ACME"), Partner("GLOBEX"));
        _sender.Send(Arg.Is<ReceiveEdiCommand>(c => c.ExpectedPartnerId == "ACME"), Arg.Any<CancellationToken>())
            .Returns<ValueTask<EdiReceipt>>(_ => throw new InvalidOperationException("database is locked"));
        _sender.Send(Arg.Is<ReceiveEdiCommand>(c => c.ExpectedPartnerId == "GLOBEX"), Arg.Any<CancellationToken>())
            .Returns(new ValueTask<EdiReceipt>(TransportReceipts.With("accepted")));
        Drop("ACME", "po1.x12", "ISA");
        Drop("GLOBEX", "po2.x12", "ISA");

        var run = Assert.ThrowsAsync<EdiTransportPollException>(() => Job().RunAsync(CancellationToken.None));

        Assert.That(run!.Message, Does.Contain("1 of 2").And.Contain("database is locked"));
        Assert.That(Names(Folder("ACME", "inbox")), Is.EqualTo(new[] { "po1.x12" }), "not half-processed: back in the inbox");
        Assert.That(Names(Folder("GLOBEX", "archive")), Has.Length.EqualTo(1), "the other partner still ran");
        await _sender.Received(1).Send(Arg.Is<RaiseExceptionCommand>(c => c.Kind == "edi.transport-failed" && c.PartnerId == "ACME"),
            Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Run_PutsBackAClaimAbandonedByAStoppedInstance()
    {
        Receipts("duplicate");
        Directory.CreateDirectory(Folder("ACME", "processing"));
        var abandoned = Path.Combine(Folder("ACME", "processing"), "po1.x12");
        await File.WriteAllTextAsync(abandoned, "ISA");
        File.SetLastWriteTimeUtc(abandoned, _clock.UtcNow() - DropFolderPollJobType.AbandonedClaimAge - TimeSpan.FromMinutes(1));

        await Job().RunAsync(CancellationToken.None);

        Assert.That(Names(Folder("ACME", "processing")), Is.Empty);
        Assert.That(Names(Folder("ACME", "archive")), Has.Length.EqualTo(1), "taken again; the core answers duplicate");
    }

    [Test]
    public async Task Run_WritesWaitingDocumentsToTheOutboxAndRecordsThemDelivered()
    {
        var document = new WaitingEdiDocument(Guid.NewGuid(), "ACME", "drop-folder", "997_000000007.x12", "ISA*997~", "corr-1", _clock.UtcNow());
        Waiting("ACME", document);

        await Job().RunAsync(CancellationToken.None);

        var path = Path.Combine(Folder("ACME", "outbox"), "997_000000007.x12");
        Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo("ISA*997~"));
        Assert.That(Names(Folder("ACME", "outbox")), Is.EqualTo(new[] { "997_000000007.x12" }), "no .tmp left behind");
        await _sender.Received(1).Send(Arg.Is<MarkEdiDocumentDeliveredCommand>(c => c.DocumentId == document.Id && c.Destination == path),
            Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Run_WhenTheOutboxCannotBeWritten_RecordsAFailedAttempt()
    {
        var document = new WaitingEdiDocument(Guid.NewGuid(), "ACME", "drop-folder", "997.x12", "ISA*997~", "corr-1", _clock.UtcNow());
        Waiting("ACME", document);
        Directory.CreateDirectory(Folder("ACME", "outbox"));
        Directory.CreateDirectory(Path.Combine(Folder("ACME", "outbox"), "997.x12.tmp")); // a folder where the temp file must go

        await Job().RunAsync(CancellationToken.None);

        await _sender.Received(1).Send(Arg.Is<RecordEdiDeliveryFailureCommand>(c => c.DocumentId == document.Id), Arg.Any<CancellationToken>());
        await _sender.DidNotReceive().Send(Arg.Any<MarkEdiDocumentDeliveredCommand>(), Arg.Any<CancellationToken>());
    }
}

/// <summary>Receipts as the EDI core returns them, built in one place.</summary>
internal static class TransportReceipts
{
    public static EdiReceipt With(string status) => new(Guid.NewGuid(), status, "ACME", [], [], null, "corr-receipt", InterchangeCount: 1);
}
