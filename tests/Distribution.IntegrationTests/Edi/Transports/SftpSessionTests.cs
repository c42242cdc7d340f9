using System.Text;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Integration.Infrastructure.Edi.Transports.Sftp;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace Distribution.IntegrationTests.Edi.Transports;

/// <summary>The SSH.NET session against a real OpenSSH server on loopback: host-key pinning, credentials, file moves.</summary>
[TestFixture]
public sealed class SftpSessionTests
{
    private OpenSshServer _sshd = null!;
    private SftpConnector _connector = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _sshd = await OpenSshServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Edi:SftpCredentials:test-key:PrivateKeyPath"] = _sshd.ClientKeyPath,
        }).Build();
        _connector = new SftpConnector(configuration, new HostingEnvironment { ContentRootPath = _sshd.Directory });
    }

    [OneTimeTearDown]
    public void StopServer() => _sshd.Dispose();

    private EdiSftpServer Server(string? hostKey = null, string credential = "test-key") => new(
        OpenSshServer.Host, _sshd.Port, OpenSshServer.Username, credential,
        _sshd.Folder("in"), _sshd.Folder("out"), hostKey ?? _sshd.HostKeySha256);

    private int Logins() => _sshd.Log.Split("Accepted publickey").Length - 1;

    [Test]
    public async Task Session_WithThePinnedHostKey_ListsDownloadsAndDeletesAFile()
    {
        var server = Server();
        var name = $"po-{Guid.NewGuid():N}.x12";
        await File.WriteAllTextAsync(Path.Combine(server.RemoteInboundPath, name), "ISA*payload~");

        using var session = await _connector.ConnectAsync(server, CancellationToken.None);
        var listed = await session.ListFilesAsync(server.RemoteInboundPath, CancellationToken.None);
        var content = await session.DownloadAsync(server.RemoteInboundPath, name, CancellationToken.None);
        await session.RemoveReceivedAsync(server.RemoteInboundPath, name, DateTime.UtcNow, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed.Select(f => f.Name), Does.Contain(name));
            Assert.That(listed.Single(f => f.Name == name).Length, Is.EqualTo(12));
            Assert.That(Encoding.ASCII.GetString(content), Is.EqualTo("ISA*payload~"));
            Assert.That(File.Exists(Path.Combine(server.RemoteInboundPath, name)), Is.False, "deleted after receipt");
        }
    }

    [Test]
    public async Task RemoveReceived_WhenTheFolderHasAnArchive_MovesTheFileThereWithATimestamp()
    {
        var folder = _sshd.Folder("with-archive");
        Directory.CreateDirectory(Path.Combine(folder, "archive"));
        await File.WriteAllTextAsync(Path.Combine(folder, "a.x12"), "x");

        using var session = await _connector.ConnectAsync(Server(), CancellationToken.None);
        await session.RemoveReceivedAsync(folder, "a.x12", new DateTime(2026, 11, 28, 9, 30, 0, DateTimeKind.Utc), CancellationToken.None);

        Assert.That(Directory.GetFiles(Path.Combine(folder, "archive")).Select(Path.GetFileName),
            Is.EqualTo(new[] { "20261128T093000000Z_a.x12" }));
        Assert.That(File.Exists(Path.Combine(folder, "a.x12")), Is.False);
    }

    [Test]
    public async Task Upload_WritesAPartFileThenRenamesIt_ReplacingAnEarlierAttempt()
    {
        var folder = _sshd.Folder("upload");
        await File.WriteAllTextAsync(Path.Combine(folder, "997.x12"), "left by an unrecorded earlier attempt");

        using var session = await _connector.ConnectAsync(Server(), CancellationToken.None);
        var path = await session.UploadAsync(folder, "997.x12", Encoding.ASCII.GetBytes("ISA*997~"), CancellationToken.None);

        Assert.That(path, Is.EqualTo(Path.Combine(folder, "997.x12")));
        Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo("ISA*997~"));
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EqualTo(new[] { "997.x12" }), "no .part left behind");
    }

    [Test]
    public void Connect_WhenTheServerPresentsAnotherHostKey_IsRefusedNamingBothKeys()
    {
        const string otherKey = "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        var loginsBefore = Logins();

        var error = Assert.ThrowsAsync<SftpTransportException>(() => _connector.ConnectAsync(Server(hostKey: otherKey), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain(_sshd.HostKeySha256).And.Contain(otherKey).And.Contain("refused"));
        Assert.That(Logins(), Is.EqualTo(loginsBefore), "we never authenticated to the impostor");
    }

    [Test]
    public void Connect_WhenTheCredentialIsNotConfigured_SaysWhichSettingIsMissing()
    {
        var error = Assert.ThrowsAsync<SftpTransportException>(() => _connector.ConnectAsync(Server(credential: "nobody"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("Edi:SftpCredentials:nobody"));
    }
}
