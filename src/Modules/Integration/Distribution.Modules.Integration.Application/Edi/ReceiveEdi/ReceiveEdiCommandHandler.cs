using System.Text;
using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.Edi.Acknowledgements;
using Distribution.Edi.Reading;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Edi.Inbound;
using Distribution.Modules.Integration.Application.Edi.Outbound;
using Distribution.Modules.Integration.Application.Exceptions;
using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Integration.Application.Edi.ReceiveEdi;

internal sealed class ReceiveEdiCommandHandler(
    InterchangeReceiver receiver,
    EdiEnvelopeWriter envelopes,
    EdiOutbox outbox,
    IEdiMessageRepository messages,
    IReceivedInterchangeRegistry registry,
    ExceptionQueue exceptions,
    IIntegrationUnitOfWork unitOfWork,
    IOptions<EdiOptions> options,
    ICorrelationContext correlation,
    TimeProvider clock,
    ILogger<ReceiveEdiCommandHandler> logger) : ICommandHandler<ReceiveEdiCommand, EdiReceipt>
{
    public async ValueTask<EdiReceipt> Handle(ReceiveEdiCommand command, CancellationToken cancellationToken)
    {
        var claims = new List<ReceivedInterchangeKey>();
        try
        {
            return await ReceiveAsync(command, claims, cancellationToken);
        }
        catch (Exception exception)
        {
            // Nothing was committed: drop the claims so a retry of the same file is received, not called a duplicate.
            logger.LogError(exception, "Receiving {FileName} over {Transport} failed; releasing {Claims} claim(s)",
                command.FileName, command.Transport, claims.Count);
            foreach (var claim in claims)
            {
                await registry.ReleaseAsync(claim, CancellationToken.None);
            }

            throw;
        }
    }

    private async Task<EdiReceipt> ReceiveAsync(ReceiveEdiCommand command, List<ReceivedInterchangeKey> claims, CancellationToken ct)
    {
        var messageId = Guid.CreateVersion7();
        var correlationId = string.IsNullOrEmpty(correlation.CorrelationId) ? null : correlation.CorrelationId;
        var limit = options.Value.MaxInboundBytes;
        if (command.Content.LongLength > limit)
        {
            var problem = EdiProblems.Note("TooLarge", $"The file has {command.Content.LongLength} bytes; the hub takes at most {limit}.", "the whole input");
            return await RejectAsync(command, messageId, command.ExpectedPartnerId, "", [problem], correlationId, ct);
        }

        var text = Encoding.UTF8.GetString(command.Content);
        var read = X12Reader.ReadAll(new MemoryStream(command.Content, writable: false));
        if (!read.IsX12 || read.Interchanges.Count == 0)
        {
            var problems = read.Errors.Select(EdiProblems.From).ToList();
            if (problems.Count == 0)
            {
                problems.Add(EdiProblems.Note("NotX12", "No X12 interchange (ISA … IEA) was found in the input.", "the whole input"));
            }

            return await RejectAsync(command, messageId, command.ExpectedPartnerId, text, problems, correlationId, ct);
        }

        var outcomes = new List<InterchangeOutcome>();
        foreach (var interchange in read.Interchanges)
        {
            outcomes.Add(await receiver.ReceiveAsync(interchange, messageId, command.ExpectedPartnerId, claims, ct));
        }

        var acknowledgements = new List<string>();
        foreach (var outcome in outcomes.Where(o => o.Partner is not null))
        {
            if (await AcknowledgeAsync(command, outcome, messageId, ct) is { } acknowledgement)
            {
                acknowledgements.Add(acknowledgement);
            }
        }

        var status = Overall(outcomes.Select(o => o.Status).ToList());
        var allProblems = outcomes.SelectMany(o => o.AllErrors.Select(EdiProblems.From).Concat(o.Notes)).ToList();
        var partnerId = outcomes.Select(o => o.Partner?.PartnerId).FirstOrDefault(id => id is not null) ?? command.ExpectedPartnerId;
        var message = EdiMessage.Received(messageId, partnerId, command.Transport, command.FileName, text, command.Content.LongLength,
            StatusOf(status), read.Interchanges.SelectMany(i => i.TransactionSets.Select(s => s.Id)),
            read.Interchanges.Select(i => i.ControlNumber), Summarise(allProblems), correlationId, clock.GetUtcNow().UtcDateTime);
        messages.Add(message);
        if (status == EdiReceipt.Rejected && command.Transport != EdiChannel.Http)
        {
            // An HTTP caller reads the problem in its answer; a file has no one waiting, so a person is told.
            await exceptions.RaiseAsync(ExceptionKinds.InboundRejected,
                $"{command.FileName ?? "A file"} over {command.Transport} was rejected: {Summarise(allProblems)}", partnerId, messageId.ToString(), ct);
        }

        await unitOfWork.CommitAsync(ct);
        logger.LogInformation("Received {FileName} over {Transport} from {PartnerId}: {EdiStatus}, {Interchanges} interchange(s), message {MessageId}",
            command.FileName, command.Transport, partnerId, status, outcomes.Count, messageId);
        return new EdiReceipt(messageId, status, partnerId,
            outcomes.Take(EdiReceipt.MaxListed).Select(o => new EdiReceivedInterchange(
                EdiLimits.Cut(o.Interchange.ControlNumber, EdiLimits.ControlNumber),
                EdiLimits.Cut($"{o.Interchange.SenderQualifier}:{o.Interchange.SenderId}", EdiLimits.SenderId), o.Status,
                o.Groups.Take(EdiReceipt.MaxListed).ToList())).ToList(),
            allProblems.Take(EdiReceipt.MaxListed).ToList(), acknowledgements.Count > 0 ? string.Concat(acknowledgements) : null,
            correlationId, outcomes.Count);
    }

    /// <summary>Writes and queues the TA1 and 997s one interchange earned; returns their X12 text, or null.</summary>
    private async Task<string?> AcknowledgeAsync(ReceiveEdiCommand command, InterchangeOutcome outcome, Guid messageId, CancellationToken ct)
    {
        var partner = outcome.Partner!;
        var interchange = outcome.Interchange;
        if (outcome.InterchangeAcknowledgement is null && outcome.GroupsToAcknowledge.Count == 0)
        {
            return null;
        }

        var groups = outcome.GroupsToAcknowledge
            .Select(group => FunctionalAcknowledgementBuilder.Build(group,
                new FunctionalAcknowledgementOptions { ControlNumber = "0001", Delimiters = interchange.Delimiters }))
            .Where(result => result.Acknowledgement is not null)
            .Select(result => new OutboundGroup("FA", result.Version, [result.Acknowledgement!]))
            .ToList();
        var written = await envelopes.WriteAsync(partner, interchange.Delimiters, interchange.Version, interchange.IsTest,
            outcome.InterchangeAcknowledgement?.Segment, groups, ct);
        var transport = partner.OutboundTransportFor("997") ?? command.Transport;
        var queued = outbox.Queue(partner, transport, written, messageId, expectAcknowledgement: false);
        if (command.Transport == EdiChannel.Http && transport == EdiChannel.Http)
        {
            queued.MarkDelivered("returned in the upload's response", clock.GetUtcNow().UtcDateTime);
        }

        return written.Text;
    }

    private async Task<EdiReceipt> RejectAsync(
        ReceiveEdiCommand command, Guid messageId, string? partnerId, string text, List<EdiProblem> problems,
        string? correlationId, CancellationToken ct)
    {
        var summary = Summarise(problems);
        messages.Add(EdiMessage.Received(messageId, partnerId, command.Transport, command.FileName, text, command.Content.LongLength,
            EdiMessageStatus.Rejected, [], [], summary, correlationId, clock.GetUtcNow().UtcDateTime));
        if (command.Transport != EdiChannel.Http)
        {
            await exceptions.RaiseAsync(ExceptionKinds.InboundRejected,
                $"{command.FileName ?? "A file"} over {command.Transport} was rejected: {summary}", partnerId, messageId.ToString(), ct);
        }

        await unitOfWork.CommitAsync(ct);
        logger.LogWarning("Rejected {FileName} over {Transport}: {Summary} (message {MessageId})", command.FileName, command.Transport, summary, messageId);
        return new EdiReceipt(messageId, EdiReceipt.Rejected, partnerId, [], problems.Take(EdiReceipt.MaxListed).ToList(), null, correlationId, 0);
    }

    private static string Overall(IReadOnlyList<string> statuses) =>
        statuses.Count == 0 ? EdiReceipt.Rejected
        : statuses.All(s => s == EdiReceipt.Accepted) ? EdiReceipt.Accepted
        : statuses.All(s => s == EdiReceipt.Duplicate) ? EdiReceipt.Duplicate
        : statuses.All(s => s == EdiReceipt.InProgress) ? EdiReceipt.InProgress
        : statuses.All(s => s == EdiReceipt.Rejected) ? EdiReceipt.Rejected
        : EdiReceipt.AcceptedWithErrors;

    private static EdiMessageStatus StatusOf(string status) => status switch
    {
        EdiReceipt.Accepted => EdiMessageStatus.Accepted,
        EdiReceipt.Duplicate => EdiMessageStatus.Duplicate,
        EdiReceipt.Rejected => EdiMessageStatus.Rejected,
        EdiReceipt.InProgress => EdiMessageStatus.AlreadyInProgress,
        _ => EdiMessageStatus.AcceptedWithErrors,
    };

    private static string? Summarise(IReadOnlyList<EdiProblem> problems) =>
        problems.Count == 0 ? null : string.Join(" | ", problems.Take(20).Select(p => $"{p.Code}: {p.Message} [{p.Location}]"));
}
