using Distribution.IntegrationTests.Infrastructure;
using static Distribution.IntegrationTests.Edi.Transports.TransportTestKit;
using static Distribution.IntegrationTests.Edi.X12Samples;

namespace Distribution.IntegrationTests.Edi.Transports;

/// <summary>
/// SFTP end to end against a real OpenSSH server on loopback: partner profiles made through the API point at it, the
/// hub's credential is the fixture's client key, and the <c>edi-sftp-poll</c> job type runs directly. One partner pins
/// the right host key, one a wrong key, one names a credential that is not configured: a poll serves the first and
/// reports the others.
/// </summary>
[TestFixture]
public sealed class SftpTransportTests
{
    private const string Partner = "SFTP-1";
    private const string PartnerIsa = "SFTPONE";
    private const string Impostor = "SFTP-2";
    private const string Unconfigured = "SFTP-3";
    private const string WrongHostKey = "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private OpenSshServer _sshd = null!;
    private HubFactory _hub = null!;
    private HttpClient _admin = null!;
    private int _nextControlNumber = 700;

    private string Inbound => _sshd.Folder("sftp-1/in");

    private string Outbound => _sshd.Folder("sftp-1/out");

    private string ImpostorInbound => _sshd.Folder("sftp-2/in");

    [OneTimeSetUp]
    public async Task StartServers()
    {
        _sshd = await OpenSshServer.StartAsync();
        _hub = new HubFactory(settings: new Dictionary<string, string?>
        {
            ["Edi:SftpCredentials:partner-sftp:PrivateKeyPath"] = _sshd.ClientKeyPath,
            ["Edi:FileQuietPeriod"] = "00:00:05",
        });
        _admin = _hub.CreateAdminClient();
        await CreatePartnerAsync(_admin, Partner, PartnerIsa, "sftp", Endpoints("sftp-1", _sshd.HostKeySha256, "partner-sftp"));
        await CreatePartnerAsync(_admin, Impostor, "SFTPTWO", "sftp", Endpoints("sftp-2", WrongHostKey, "partner-sftp"));
        await CreatePartnerAsync(_admin, Unconfigured, "SFTPTHREE", "sftp", Endpoints("sftp-3", _sshd.HostKeySha256, "nobody-configured-this"));
    }

    [OneTimeTearDown]
    public async Task StopServers()
    {
        _admin.Dispose();
        await _hub.DisposeAsync();
        _sshd.Dispose();
    }

    private object Endpoints(string folder, string hostKey, string credentialName) => new
    {
        sftp = new
        {
            host = OpenSshServer.Host,
            port = _sshd.Port,
            username = OpenSshServer.Username,
            credentialName,
            remoteInboundPath = _sshd.Folder(folder + "/in"),
            remoteOutboundPath = _sshd.Folder(folder + "/out"),
            hostKeySha256 = hostKey,
        },
    };

    private int Next() => Interlocked.Increment(ref _nextControlNumber);

    private string Order(int isa13, int gs06, string sender = PartnerIsa) =>
        Interchange(sender, isa13, "PO", gs06, [PurchaseOrder("0001", $"PO-{isa13}")]);

    private Task<string?> PollAsync() => RunJobAsync(_hub, "edi-sftp-poll");

    [Test]
    public async Task Poll_FileInTheRemoteInbound_IsReceivedRemovedAndLogged_AndIts997IsUploaded()
    {
        int isa13 = Next(), gs06 = Next();
        var name = $"po-{isa13}.x12";
        WriteAged(Inbound, name, Order(isa13, gs06), TimeSpan.FromMinutes(1));

        var failure = await PollAsync();

        var received = (await MessagesAsync(_admin, Partner)).Single(m => m.Str("fileName") == name);
        var acknowledgement = (await MessagesByCorrelationAsync(_admin, received.Str("correlationId")!)).Single(m => m.Str("direction") == "outbound");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Names(Inbound), Does.Not.Contain(name), "removed once the receipt was stored");
            Assert.That(received.Str("status"), Is.EqualTo("accepted"));
            Assert.That(received.Str("transport"), Is.EqualTo("sftp"));
            Assert.That(acknowledgement.Str("status"), Is.EqualTo("delivered"));
            Assert.That(acknowledgement.Str("destination"), Does.StartWith("sftp://").And.Contain(Outbound));
            var uploaded = Names(Outbound).Select(n => File.ReadAllText(Path.Combine(Outbound, n)))
                .Where(t => t.Contains($"AK1*PO*{gs06}", StringComparison.Ordinal)).ToList();
            Assert.That(uploaded, Has.Count.EqualTo(1), "the 997 is in the remote outbound folder");
            Assert.That(Names(Outbound).Where(n => n.EndsWith(".part", StringComparison.Ordinal)), Is.Empty);
            Assert.That(failure, Does.Contain(Impostor).And.Not.Contain(Partner + ":"), "the other partners' failures did not stop this one");
        }
    }

    [Test]
    public async Task Poll_WhenAFileIsSeenAgainAfterAStopBeforeItsRemoval_ItIsADuplicateAndRemoved()
    {
        var x12 = Order(Next(), Next());
        var name = $"resent-{Next()}.x12";
        WriteAged(Inbound, name, x12, TimeSpan.FromMinutes(1));
        await PollAsync();
        var events = await ReceivedEventsAsync(_hub);

        // As if the hub had stopped between storing the receipt and deleting the remote file.
        WriteAged(Inbound, name, x12, TimeSpan.FromMinutes(1));
        await PollAsync();

        var entries = (await MessagesAsync(_admin, Partner)).Where(m => m.Str("fileName") == name).Select(m => m.Str("status")).ToList();
        Assert.That(entries, Is.EquivalentTo(new[] { "accepted", "duplicate" }));
        Assert.That(await ReceivedEventsAsync(_hub), Is.EqualTo(events), "not processed twice");
        Assert.That(Names(Inbound), Does.Not.Contain(name));
    }

    [Test]
    public async Task Poll_FileStillBeingWritten_IsLeftOnTheServer()
    {
        var name = $"writing-{Next()}.x12";
        WriteAged(Inbound, name, Order(Next(), Next()), TimeSpan.Zero);

        await PollAsync();

        Assert.That(Names(Inbound), Does.Contain(name));
        Assert.That((await MessagesAsync(_admin, Partner)).Select(m => m.Str("fileName")), Does.Not.Contain(name));
    }

    [Test]
    public async Task Poll_WhenTheServerPresentsAnotherHostKey_IsRefusedWithAnException_AndTheRemoteFileIsUntouched()
    {
        var name = $"po-{Next()}.x12";
        var path = WriteAged(ImpostorInbound, name, Order(Next(), Next(), sender: "SFTPTWO"), TimeSpan.FromMinutes(1));

        var failure = await PollAsync();

        var exception = (await ExceptionsAsync(_admin, Impostor)).SingleOrDefault(e => e.Str("kind") == "edi.transport-failed");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure, Does.Contain(Impostor));
            Assert.That(exception?.Str("message"), Does.Contain(WrongHostKey).And.Contain(_sshd.HostKeySha256));
            Assert.That(File.Exists(path), Is.True, "the file is untouched");
            Assert.That(await MessagesAsync(_admin, Impostor), Is.Empty);
        }
    }

    [Test]
    public async Task Poll_WhenThePartnersCredentialIsNotConfigured_RaisesTransportNotConfigured()
    {
        var failure = await PollAsync();

        var exception = (await ExceptionsAsync(_admin, Unconfigured)).SingleOrDefault(e => e.Str("kind") == "edi.transport-not-configured");
        Assert.That(failure, Does.Contain(Unconfigured));
        Assert.That(exception?.Str("message"), Does.Contain("Edi:SftpCredentials:nobody-configured-this"));
    }
}
