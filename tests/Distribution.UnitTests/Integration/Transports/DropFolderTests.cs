using Distribution.Modules.Integration.Infrastructure.Edi.Transports.DropFolders;

namespace Distribution.UnitTests.Integration.Transports;

/// <summary>Drop-folder file moves on a real temporary folder.</summary>
public sealed class DropFolderTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);
    private DropFolder _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = new DropFolder(Path.Combine(Path.GetTempPath(), "dih-dropfolder-tests", Guid.NewGuid().ToString("N")));
        _folder.EnsureCreated();
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder.Root, recursive: true);

    [Test]
    public void For_WithoutAProfilePath_UsesTheRootAndPartnerId()
    {
        var folder = DropFolder.For("/srv/hub", "data/edi", "ACME", profilePath: null);

        Assert.That(folder.Inbox, Is.EqualTo("/srv/hub/data/edi/ACME/inbox"));
    }

    [TestCase("acme-files", "/srv/hub/data/edi/acme-files")]
    [TestCase("/mnt/partners/acme", "/mnt/partners/acme")]
    public void For_WithAProfilePath_TakesItAbsoluteOrUnderTheRoot(string profilePath, string expectedRoot)
    {
        var folder = DropFolder.For("/srv/hub", "data/edi", "ACME", profilePath);

        Assert.That(folder.Root, Is.EqualTo(expectedRoot));
    }

    [Test]
    public void TryClaim_MovesTheFileIntoProcessingAndStampsTheClaimTime()
    {
        File.WriteAllText(Path.Combine(_folder.Inbox, "po.x12"), "ISA");

        var claimed = _folder.TryClaim("po.x12", Now);

        Assert.That(claimed, Is.EqualTo(Path.Combine(_folder.Processing, "po.x12")));
        Assert.That(File.Exists(Path.Combine(_folder.Inbox, "po.x12")), Is.False);
        Assert.That(File.GetLastWriteTimeUtc(claimed!), Is.EqualTo(Now));
    }

    [Test]
    public void TryClaim_WhenAnotherPollerTookTheFileFirst_ReturnsNull()
    {
        File.WriteAllText(Path.Combine(_folder.Inbox, "po.x12"), "ISA");
        var first = _folder.TryClaim("po.x12", Now);

        var second = _folder.TryClaim("po.x12", Now);

        Assert.That(first, Is.Not.Null);
        Assert.That(second, Is.Null);
    }

    [Test]
    public void TryClaim_WhenProcessingAlreadyHoldsTheName_LeavesTheInboxFileAlone()
    {
        File.WriteAllText(Path.Combine(_folder.Inbox, "po.x12"), "new");
        File.WriteAllText(Path.Combine(_folder.Processing, "po.x12"), "being processed");

        var claimed = _folder.TryClaim("po.x12", Now);

        Assert.That(claimed, Is.Null);
        Assert.That(File.ReadAllText(Path.Combine(_folder.Processing, "po.x12")), Is.EqualTo("being processed"));
        Assert.That(File.Exists(Path.Combine(_folder.Inbox, "po.x12")), Is.True);
    }

    [Test]
    public void MoveToArchiveAndError_GiveTimestampedNamesSoRepeatedNamesDoNotClash()
    {
        File.WriteAllText(Path.Combine(_folder.Inbox, "po.x12"), "1");
        var archived = _folder.MoveToArchive(_folder.TryClaim("po.x12", Now)!, Now);
        File.WriteAllText(Path.Combine(_folder.Inbox, "po.x12"), "2");
        var failed = _folder.MoveToError(_folder.TryClaim("po.x12", Now)!, Now.AddSeconds(1));

        Assert.That(archived, Is.EqualTo(Path.Combine(_folder.Archive, "20261128T090000000Z_po.x12")));
        Assert.That(failed, Is.EqualTo(Path.Combine(_folder.Error, "20261128T090001000Z_po.x12")));
    }

    [Test]
    public void ReturnAbandonedClaims_PutsBackOnlyClaimsOlderThanTheLimit()
    {
        File.WriteAllText(Path.Combine(_folder.Inbox, "old.x12"), "old");
        File.WriteAllText(Path.Combine(_folder.Inbox, "fresh.x12"), "fresh");
        _folder.TryClaim("old.x12", Now.AddMinutes(-30));
        _folder.TryClaim("fresh.x12", Now.AddMinutes(-1));

        var returned = _folder.ReturnAbandonedClaims(Now, TimeSpan.FromMinutes(15));

        Assert.That(returned, Is.EqualTo(1));
        Assert.That(File.Exists(Path.Combine(_folder.Inbox, "old.x12")), Is.True);
        Assert.That(File.Exists(Path.Combine(_folder.Processing, "fresh.x12")), Is.True);
    }

    [Test]
    public void ReturnToInbox_WhenThePartnerDroppedTheSameNameMeanwhile_KeepsBothFiles()
    {
        File.WriteAllText(Path.Combine(_folder.Inbox, "po.x12"), "first");
        var claimed = _folder.TryClaim("po.x12", Now)!;
        File.WriteAllText(Path.Combine(_folder.Inbox, "po.x12"), "second");

        var returned = _folder.ReturnToInbox(claimed, Now);

        Assert.That(returned, Is.EqualTo(Path.Combine(_folder.Inbox, "20261128T090000000Z_po.x12")));
        Assert.That(File.ReadAllText(returned), Is.EqualTo("first"));
        Assert.That(File.ReadAllText(Path.Combine(_folder.Inbox, "po.x12")), Is.EqualTo("second"));
    }

    [Test]
    public async Task WriteToOutbox_LeavesOnlyTheCompleteFile()
    {
        var path = await _folder.WriteToOutboxAsync("997_000000001.x12", "ISA*997~", CancellationToken.None);

        Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo("ISA*997~"));
        Assert.That(Directory.GetFiles(_folder.Outbox).Select(Path.GetFileName), Is.EqualTo(new[] { "997_000000001.x12" }));
    }
}
