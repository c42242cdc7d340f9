using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Distribution.IntegrationTests.Infrastructure;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Application.Edi.CheckOverdueAcknowledgements;
using Distribution.Modules.Integration.Infrastructure.Persistence;
using Distribution.Tests.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Distribution.IntegrationTests.Edi.X12Samples;

namespace Distribution.IntegrationTests.Edi;

/// <summary>
/// X12 over HTTP against the real host on real SQLite files: upload, acknowledgements, duplicates, bad input,
/// collection of waiting documents, sending, 997 reconciliation and the overdue report, with a clock the test moves.
/// </summary>
[TestFixture]
public sealed class EdiEndpointTests
{
    private const string Partner = "EDI-C1";
    private const string PartnerIsa = "EDIC1";
    private const string Other = "EDI-C2";
    private const string OtherIsa = "EDIC2";
    private const int MaxInboundBytes = 64 * 1024;

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private HubFactory _hub = null!;
    private HttpClient _admin = null!;
    private HttpClient _partner = null!;
    private int _nextControlNumber = 100;

    [OneTimeSetUp]
    public async Task StartHub()
    {
        _hub = new HubFactory(
            settings: new Dictionary<string, string?> { ["Edi:MaxInboundBytes"] = MaxInboundBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            testServices: services => services.AddSingleton<TimeProvider>(_clock));
        _admin = _hub.CreateAdminClient();
        await CreateHttpPartnerAsync(Partner, PartnerIsa);
        await CreateHttpPartnerAsync(Other, OtherIsa);
        var client = await _admin.PostOkAsync("/api/v1/api-clients",
            new { name = "EDI-C1 uploads", kind = "customer", partnerId = Partner, scopes = new[] { "edi:exchange" } });
        _partner = _hub.CreateClientWithKey(client.Str("apiKey")!);
    }

    [OneTimeTearDown]
    public async Task StopHub()
    {
        _partner.Dispose();
        _admin.Dispose();
        await _hub.DisposeAsync();
    }

    private async Task CreateHttpPartnerAsync(string accountNumber, string isaId)
    {
        await _admin.PostOkAsync("/api/v1/customers", new { accountNumber, name = accountNumber, creditLimit = 0m, paymentTerms = "NET30" });
        await _admin.PostOkAsync("/api/v1/trading-partners", new
        {
            partnerKind = "customer",
            partnerId = accountNumber,
            name = accountNumber + " EDI",
            settings = new
            {
                environment = "test", isaQualifier = "ZZ", isaId, gsApplicationId = isaId, x12Version = "004010",
                acknowledgementPolicy = "always", duplicateCheckWindowHours = 72, preferredIdentifier = "gtin", preferredUnit = "EA",
                acknowledgementWindowHours = 24,
                documents = new[]
                {
                    new { documentType = "850", direction = "inbound", protocol = "x12", transport = "http" },
                    new { documentType = "855", direction = "outbound", protocol = "x12", transport = "http" },
                },
            },
        });
    }

    private int NextControlNumber() => Interlocked.Increment(ref _nextControlNumber);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string x12, string? correlationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/edi/inbound?fileName=test.x12")
        {
            Content = new StringContent(x12, Encoding.ASCII, "application/edi-x12"),
        };
        if (correlationId is not null)
        {
            request.Headers.Add("X-Correlation-ID", correlationId);
        }

        return await client.SendAsync(request);
    }

    private string ValidOrder(string sender = PartnerIsa, int? isa13 = null) =>
        Interchange(sender, isa13 ?? NextControlNumber(), "PO", NextControlNumber(), [PurchaseOrder("0001", "PO-" + Guid.NewGuid().ToString("N")[..8])]);

    private async Task<int> ReceivedEventsAsync()
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntegrationDbContext>().OutboxMessages
            .CountAsync(m => m.Type == "integration.edi-document-received.v1");
    }

    [Test]
    public async Task Upload_ValidPurchaseOrder_IsAcceptedAcknowledgedAndLoggedWithItsCorrelationId()
    {
        var before = await ReceivedEventsAsync();
        var correlationId = "edi-" + Guid.NewGuid().ToString("N");

        using var response = await UploadAsync(_partner, ValidOrder(), correlationId);

        var receipt = await response.SuccessJsonAsync();
        var log = await _admin.GetOkAsync($"/api/v1/edi/messages?correlationId={correlationId}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Str("status"), Is.EqualTo("accepted"));
            Assert.That(receipt.Str("partnerId"), Is.EqualTo(Partner));
            Assert.That(receipt.Str("acknowledgement"), Does.Contain("ST*997*").And.Contain("AK1*PO*").And.Contain("AK9*A*1*1*1"));
            Assert.That(receipt["interchanges"]![0]!["groups"]![0]!.Str("status"), Is.EqualTo("accepted"));
            Assert.That(await ReceivedEventsAsync(), Is.EqualTo(before + 1), "one event for the one 850");
            var entries = log["items"]!.AsArray();
            Assert.That(entries.Select(e => $"{e.Str("direction")}:{e.Str("status")}"),
                Is.EquivalentTo(new[] { "inbound:accepted", "outbound:delivered" }), "the upload and its 997, returned in the answer");
        }
    }

    [Test]
    public async Task Upload_SameInterchangeTwice_SecondIsDuplicateAndNotProcessedAgain()
    {
        var x12 = ValidOrder();
        (await UploadAsync(_partner, x12)).EnsureSuccessStatusCode();
        var events = await ReceivedEventsAsync();

        using var again = await UploadAsync(_partner, x12);

        var receipt = await again.SuccessJsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Str("status"), Is.EqualTo("duplicate"));
            Assert.That(receipt["problems"]![0]!.Str("code"), Is.EqualTo("DuplicateInterchange"));
            Assert.That(await ReceivedEventsAsync(), Is.EqualTo(events));
        }
    }

    [Test]
    public async Task Upload_WrongSegmentCount_Is422NamingSegmentAndElement_With997Rejecting_ThenTheCorrectedResendIsTaken()
    {
        var isa13 = NextControlNumber();
        var gs06 = NextControlNumber();
        var events = await ReceivedEventsAsync();

        using var response = await UploadAsync(_partner, Interchange(PartnerIsa, isa13, "PO", gs06, [PurchaseOrder("0001", "PO-BAD", declaredSegments: 9)]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await response.JsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.Str("detail"), Does.Contain("segment SE").And.Contain("element 01"));
            Assert.That(problem.Str("acknowledgement"), Does.Contain("AK5*R").And.Contain("AK9*R*1*1*0"));
            Assert.That(problem.Str("correlationId"), Is.Not.Empty);
            Assert.That(await ReceivedEventsAsync(), Is.EqualTo(events), "nothing half-processed");
        }

        using var corrected = await UploadAsync(_partner, Interchange(PartnerIsa, isa13, "PO", gs06, [PurchaseOrder("0001", "PO-BAD")]));
        Assert.That((await corrected.SuccessJsonAsync()).Str("status"), Is.EqualTo("accepted"), "a rejected ISA13 may come again, corrected");
    }

    [Test]
    public async Task Upload_BrokenEnvelope_Is422WithARejectingTa1()
    {
        var isa13 = NextControlNumber();

        using var response = await UploadAsync(_partner,
            Interchange(PartnerIsa, isa13, "PO", NextControlNumber(), [PurchaseOrder("0001", "PO-ENV")], ieaControlNumber: isa13 + 1));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await response.JsonAsync();
        Assert.That(problem.Str("acknowledgement"), Does.Contain($"TA1*{isa13:D9}*261128*0900*R*001"));
    }

    [Test]
    public async Task Upload_NotX12_Is400()
    {
        using var response = await UploadAsync(_partner, "UNB+UNOA:2+SENDER+RECEIVER+261128:0900+1'");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.JsonAsync()).Str("title"), Is.EqualTo("The upload is not X12."));
    }

    [Test]
    public async Task Upload_Oversize_Is413AndNotRead()
    {
        using var response = await UploadAsync(_partner, new string('X', MaxInboundBytes + 1));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Upload_FromAnUnknownSender_Is422()
    {
        using var response = await UploadAsync(_admin, ValidOrder(sender: "NOBODY"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Str("code"), Is.EqualTo("InterchangeSenderUnknown"));
    }

    [Test]
    public async Task Upload_WithAPartnersKey_OfAnotherPartnersInterchange_Is422_ButAdminMayUploadIt()
    {
        using var asPartner = await UploadAsync(_partner, ValidOrder(sender: OtherIsa));
        using var asAdmin = await UploadAsync(_admin, ValidOrder(sender: OtherIsa));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asPartner.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((await asPartner.JsonAsync()).Str("detail"), Does.Contain("belongs to partner " + Other));
            Assert.That((await asAdmin.SuccessJsonAsync()).Str("partnerId"), Is.EqualTo(Other));
        }
    }

    private async Task<JsonObject> SendAcknowledgementAsync(string poNumber)
    {
        var x12 = Interchange(HubId, 1, "PR", 1, [$"ST*855*0001~\nBAK*00*AD*{poNumber}*20261128~\nSE*3*0001~\n"], receiverId: PartnerIsa);
        using var response = await _admin.PostAsJsonAsync("/api/v1/edi/outbound", new { partnerId = Partner, x12 });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private async Task<JsonObject> SentGroupAsync(string groupControlNumber)
    {
        var page = await _admin.GetOkAsync($"/api/v1/edi/sent-groups?partnerId={Partner}&limit=200");
        return page["items"]!.AsArray().Single(g => g.Str("groupControlNumber") == groupControlNumber)!.AsObject();
    }

    [Test]
    public async Task Send_ThenThePartnerCollectsIt_AndConfirms_ThenItIsNoLongerWaiting()
    {
        var sent = await SendAcknowledgementAsync("PO-COLLECT");
        var id = sent.Str("messageId")!;

        var waiting = await _partner.GetOkAsync("/api/v1/edi/outbound?limit=200");
        var document = waiting["items"]!.AsArray().Single(d => d.Str("id") == id)!;
        using var confirmed = await _partner.PostAsync($"/api/v1/edi/outbound/{id}/collected", null);
        var after = await _partner.GetOkAsync("/api/v1/edi/outbound?limit=200");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Str("transport"), Is.EqualTo("http"));
            Assert.That(document.Str("content"), Does.Contain("ST*855*").And.Contain($"*ZZ*{PartnerIsa,-15}*").And.Contain("BAK*00*AD*PO-COLLECT"));
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(after["items"]!.AsArray().Any(d => d.Str("id") == id), Is.False);
            Assert.That((await SentGroupAsync(sent["groupControlNumbers"]![0]!.GetValue<string>())).Str("status"), Is.EqualTo("awaitingAcknowledgement"));
        }
    }

    [Test]
    public async Task PartnersAcknowledgements_AreReconciledAgainstTheGroupsWeSent()
    {
        var accepted = (await SendAcknowledgementAsync("PO-ACK-A"))["groupControlNumbers"]![0]!.GetValue<string>();
        var rejected = (await SendAcknowledgementAsync("PO-ACK-R"))["groupControlNumbers"]![0]!.GetValue<string>();

        using var response = await UploadAsync(_partner, Interchange(PartnerIsa, NextControlNumber(), "FA", NextControlNumber(),
        [
            FunctionalAcknowledgement("0001", "PR", accepted, "A"),
            FunctionalAcknowledgement("0002", "PR", rejected, "R"),
            FunctionalAcknowledgement("0003", "PR", "987654", "A"),
        ]));

        var receipt = await response.SuccessJsonAsync();
        var exceptions = await _admin.GetOkAsync($"/api/v1/exceptions?partnerId={Partner}&status=open&limit=200");
        var kinds = exceptions["items"]!.AsArray().Select(e => $"{e.Str("kind")} {e.Str("reference")}").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Str("acknowledgement"), Is.Null, "a 997 is never acknowledged");
            Assert.That((await SentGroupAsync(accepted)).Str("status"), Is.EqualTo("accepted"));
            Assert.That((await SentGroupAsync(rejected)).Str("status"), Is.EqualTo("rejected"));
            Assert.That(kinds, Does.Contain($"edi.group-rejected PR {rejected}"));
            Assert.That(kinds, Does.Contain("edi.acknowledgement-unmatched PR 987654"));
        }
    }

    [Test]
    public async Task AGroupWithoutA997InItsWindow_IsReportedOverdue_AndALate997ResolvesTheReport()
    {
        var group = (await SendAcknowledgementAsync("PO-LATE"))["groupControlNumbers"]![0]!.GetValue<string>();
        _clock.Advance(TimeSpan.FromHours(25));

        await using (var scope = _hub.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckOverdueAcknowledgementsCommand());
        }

        var overdue = await SentGroupAsync(group);
        var report = (await _admin.GetOkAsync($"/api/v1/exceptions?kind=edi.acknowledgement-overdue&status=open&limit=200"))["items"]!
            .AsArray().Single(e => e.Str("reference") == $"PR {group}")!;
        (await UploadAsync(_partner, Interchange(PartnerIsa, NextControlNumber(), "FA", NextControlNumber(),
            [FunctionalAcknowledgement("0001", "PR", group, "A")]))).EnsureSuccessStatusCode();
        var resolved = await _admin.GetOkAsync($"/api/v1/exceptions/{report.Str("id")}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(overdue.Str("status"), Is.EqualTo("overdue"));
            Assert.That(report.Str("message"), Does.Contain($"group PR {group}"));
            Assert.That((await SentGroupAsync(group)).Str("status"), Is.EqualTo("accepted"));
            Assert.That(resolved.Str("status"), Is.EqualTo("resolved"));
            Assert.That(resolved.Str("resolution"), Does.Contain("late"));
        }
    }

    [Test]
    public async Task ResolvingAnException_ClosesIt_AndASecondResolveIs409()
    {
        using (await UploadAsync(_partner, Interchange(PartnerIsa, NextControlNumber(), "FA", NextControlNumber(),
            [FunctionalAcknowledgement("0001", "PR", "55555" + NextControlNumber(), "A")])))
        {
        }

        var open = (await _admin.GetOkAsync("/api/v1/exceptions?kind=edi.acknowledgement-unmatched&status=open"))["items"]![0]!;
        var url = $"/api/v1/exceptions/{open.Str("id")}/resolve";
        var resolved = await _admin.PostOkAsync(url, new { resolution = "Partner mixed up its control numbers." });
        using var again = await _admin.PostAsJsonAsync(url, new { resolution = "again" });
        using var empty = await _admin.PostAsJsonAsync(url, new { resolution = "" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolved.Str("status"), Is.EqualTo("resolved"));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    [Test]
    public async Task EdiRoutes_NeedTheRightScope()
    {
        var client = await _admin.PostOkAsync("/api/v1/api-clients",
            new { name = "reader", kind = "customer", partnerId = Partner, scopes = new[] { "catalog:read" } });
        using var reader = _hub.CreateClientWithKey(client.Str("apiKey")!);

        using var upload = await UploadAsync(reader, ValidOrder());
        using var log = await _partner.GetAsync("/api/v1/edi/messages");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(log.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the message log is for integration admins");
        }
    }

    [Test]
    public async Task EveryDocumentTheHubWrites_ParsesInNodeX12()
    {
        var folder = Path.Combine(_hub.RootDirectory, "written-x12");
        Directory.CreateDirectory(folder);
        using var accepted = await UploadAsync(_partner, ValidOrder());
        using var rejected = await UploadAsync(_partner, Interchange(PartnerIsa, NextControlNumber(), "PO", NextControlNumber(),
            [PurchaseOrder("0001", "PO-X", declaredSegments: 7), PurchaseOrder("0002", "PO-Y")]));
        var isa13 = NextControlNumber();
        using var broken = await UploadAsync(_partner,
            Interchange(PartnerIsa, isa13, "PO", NextControlNumber(), [PurchaseOrder("0001", "PO-Z")], ieaControlNumber: isa13 + 1));
        using var withTa1 = await UploadAsync(_partner,
            Interchange(PartnerIsa, NextControlNumber(), "PO", NextControlNumber(), [PurchaseOrder("0001", "PO-T")], acknowledgementRequested: true));
        var sent = await SendAcknowledgementAsync("PO-NODE");
        var sentContent = (await _admin.GetOkAsync($"/api/v1/edi/messages/{sent.Str("messageId")}")).Str("content")!;
        await File.WriteAllTextAsync(Path.Combine(folder, "1-997-accepted.x12"), (await accepted.JsonAsync()).Str("acknowledgement"));
        await File.WriteAllTextAsync(Path.Combine(folder, "2-997-partly-rejected.x12"), (await rejected.JsonAsync()).Str("acknowledgement"));
        await File.WriteAllTextAsync(Path.Combine(folder, "3-ta1-rejected.lenient.x12"), (await broken.JsonAsync()).Str("acknowledgement"));
        await File.WriteAllTextAsync(Path.Combine(folder, "4-ta1-and-997.lenient.x12"), (await withTa1.JsonAsync()).Str("acknowledgement"));
        await File.WriteAllTextAsync(Path.Combine(folder, "5-855-sent.x12"), sentContent);

        var results = IndependentX12Parser.ParseAll(folder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results, Has.Count.EqualTo(5));
            Assert.That(results.Where(r => r.Error is not null).Select(r => $"{r.File}: {r.Error}"), Is.Empty);
            Assert.That(results.Where(r => r.Strict).Select(r => r.Transactions), Is.All.EqualTo(1), "one 997 or 855 in each");
            Assert.That(results.Single(r => r.File.StartsWith("4-", StringComparison.Ordinal)).Transactions, Is.EqualTo(1), "the 997 beside the TA1");
        }
    }

    [Test]
    public async Task Upload_WhileTheSameInterchangeIsBeingReceived_Is409AndLeavesItForLater()
    {
        var isa13 = NextControlNumber();
        var gs06 = NextControlNumber();
        var x12 = Interchange(PartnerIsa, isa13, "PO", gs06, [PurchaseOrder("0001", "PO-RACE")]);
        var key = new ReceivedInterchangeKey(PartnerPair.Create("ZZ", HubId, "ZZ", PartnerIsa), isa13, [gs06]);
        await using (var scope = _hub.Services.CreateAsyncScope())
        {
            // Another receipt has claimed it and not yet committed.
            var registry = scope.ServiceProvider.GetRequiredService<IReceivedInterchangeRegistry>();
            Assert.That(await registry.CheckAndRecordAsync(key, TimeSpan.FromHours(72), CancellationToken.None), Is.EqualTo(ReceiptCheck.New));
        }

        using var whileInFlight = await UploadAsync(_partner, x12);
        await using (var scope = _hub.Services.CreateAsyncScope())
        {
            // That receipt failed and let go.
            await scope.ServiceProvider.GetRequiredService<IReceivedInterchangeRegistry>().ReleaseAsync(key, CancellationToken.None);
        }

        using var later = await UploadAsync(_partner, x12);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileInFlight.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await later.SuccessJsonAsync()).Str("status"), Is.EqualTo("accepted"), "nothing was lost");
        }
    }
}
