using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Application.Edi.ListWaitingEdiDocuments;
using Distribution.Modules.Integration.Application.Edi.RecordEdiDeliveryFailure;
using Distribution.Modules.Integration.Application.Exceptions.RaiseException;
using Distribution.Modules.Integration.Infrastructure.Edi.Transports;
using Distribution.Modules.Integration.Infrastructure.Edi.Transports.Sftp;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Distribution.UnitTests.Support;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Distribution.UnitTests.Integration.Transports;

/// <summary>What the SFTP poll does before any network traffic: settings checks and how failures are reported.</summary>
public sealed class SftpPollJobTypeTests
{
    private readonly ISender _sender = Substitute.For<ISender>();

    private static EdiPartner Partner(string partnerId, EdiSftpServer? server) => new(
        Guid.NewGuid(), partnerId, "supplier", partnerId, false, "ZZ", partnerId, partnerId, "004010",
        EdiAcknowledgementPolicy.Always, TimeSpan.FromDays(3), TimeSpan.FromHours(24),
        [new EdiChannel("850", EdiChannel.Inbound, EdiChannel.SftpTransport)], null, server);

    private static EdiSftpServer Server(string credential, int port = 1) =>
        new("127.0.0.1", port, "hub", credential, "/in", "/out", "SHA256:" + new string('A', 43));

    private SftpPollJobType Job(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = Substitute.For<IHostEnvironment>();
        environment.ContentRootPath.Returns(Path.GetTempPath());
        var clock = Clock.Fake();
        return new SftpPollJobType(_sender, new EdiTransportCore(_sender, NullLogger<EdiTransportCore>.Instance),
            new SftpConnector(configuration, environment), new QuietFileTracker(clock), Options.Create(new EdiOptions()), clock,
            NullLogger<SftpPollJobType>.Instance);
    }

    private void Partners(params EdiPartner[] partners) =>
        _sender.Send(Arg.Any<ListEdiPartnersQuery>(), Arg.Any<CancellationToken>()).Returns(new ValueTask<IReadOnlyList<EdiPartner>>(partners));

    [Test]
    public void Run_WhenAPartnerHasNoServerOrNoCredential_RaisesTransportNotConfiguredForEach()
    {
        Partners(Partner("NO-SERVER", null), Partner("NO-SECRET", Server("missing")));

        var run = Assert.ThrowsAsync<EdiTransportPollException>(() => Job([]).RunAsync(CancellationToken.None));

        Assert.That(run!.Message, Does.Contain("2 of 2"));
        _sender.Received(1).Send(Arg.Is<RaiseExceptionCommand>(c => c.Kind == "edi.transport-not-configured" && c.PartnerId == "NO-SERVER"
            && c.Message.Contains("endpoints.sftp")), Arg.Any<CancellationToken>());
        _sender.Received(1).Send(Arg.Is<RaiseExceptionCommand>(c => c.Kind == "edi.transport-not-configured" && c.PartnerId == "NO-SECRET"
            && c.Message.Contains("Edi:SftpCredentials:missing")), Arg.Any<CancellationToken>());
    }

    [Test]
    public void Run_WhenTheServerCannotBeReached_RaisesTransportFailedAndCountsAnAttemptForEachWaitingDocument()
    {
        var unreachable = Server("secret", port: 1);
        Partners(Partner("DOWN", unreachable));
        var waiting = new WaitingEdiDocument(Guid.NewGuid(), "DOWN", "sftp", "997.x12", "ISA", "corr", DateTime.UtcNow);
        _sender.Send(Arg.Any<ListWaitingEdiDocumentsQuery>(), Arg.Any<CancellationToken>())
            .Returns(new ValueTask<IReadOnlyList<WaitingEdiDocument>>([waiting]));

        Assert.ThrowsAsync<EdiTransportPollException>(() =>
            Job(new() { ["Edi:SftpCredentials:secret:Password"] = "pw" }).RunAsync(CancellationToken.None));

        _sender.Received(1).Send(Arg.Is<RaiseExceptionCommand>(c => c.Kind == "edi.transport-failed" && c.PartnerId == "DOWN"
            && c.Reference == "sftp://127.0.0.1:1"), Arg.Any<CancellationToken>());
        _sender.Received(1).Send(Arg.Is<RecordEdiDeliveryFailureCommand>(c => c.DocumentId == waiting.Id), Arg.Any<CancellationToken>());
    }

    [TestCase("SHA256:ohD8VZEXGWo6Ez8GSEJQ9WpafgLFsOfLOtGGQCQo6Og", "ohD8VZEXGWo6Ez8GSEJQ9WpafgLFsOfLOtGGQCQo6Og")]
    [TestCase(" sha256:ohD8VZEXGWo6Ez8GSEJQ9WpafgLFsOfLOtGGQCQo6Og= ", "ohD8VZEXGWo6Ez8GSEJQ9WpafgLFsOfLOtGGQCQo6Og")]
    [TestCase("", null)]
    public void NormaliseFingerprint_AcceptsTheSshKeygenFormWithOrWithoutPadding(string pinned, string? expected) =>
        Assert.That(SftpConnector.NormaliseFingerprint(pinned), Is.EqualTo(expected));
}
