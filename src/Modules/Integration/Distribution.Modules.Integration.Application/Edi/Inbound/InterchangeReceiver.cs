using System.Globalization;
using Distribution.Edi;
using Distribution.Edi.Acknowledgements;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Edi.Acknowledgements;
using Distribution.Modules.Integration.Application.Edi.ReceiveEdi;
using Distribution.Modules.Integration.Contracts.Edi;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Mediator;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Integration.Application.Edi.Inbound;

/// <summary>
/// Judges one received interchange: who sent it (ISA05/06 against the trading-partner profiles, and the partner the
/// transport vouches for), whether it is for us (ISA07/08), whether its envelope holds, whether it was received
/// before; then, group by group, reconciles 997s or decides the 997 and hands each accepted set to its map.
/// </summary>
internal sealed class InterchangeReceiver(
    ISender sender,
    IReceivedInterchangeRegistry registry,
    BusinessKeyDuplicateChecks businessKeys,
    AcknowledgementReconciler reconciler,
    IIntegrationUnitOfWork unitOfWork,
    IOptions<EdiOptions> options,
    TimeProvider clock)
{
    private readonly Dictionary<(string Qualifier, string Id), EdiPartner?> _partners = [];

    /// <summary>Judges <paramref name="interchange"/>; the claims it took are in <paramref name="claims"/> (released if the receipt fails).</summary>
    public async Task<InterchangeOutcome> ReceiveAsync(
        Interchange interchange, Guid messageId, string? expectedPartnerId, List<ReceivedInterchangeKey> claims, CancellationToken cancellationToken)
    {
        var outcome = new InterchangeOutcome(interchange);
        var partner = await PartnerAsync(interchange.SenderQualifier, interchange.SenderId, cancellationToken);
        var senderId = $"{interchange.SenderQualifier}:{interchange.SenderId}";
        if (partner is null || (expectedPartnerId is not null && partner.PartnerId != expectedPartnerId))
        {
            // Without a known sender there is no one to acknowledge to: the receipt reports it, and nothing else.
            outcome.HostErrors.Add(Error(X12ErrorCode.InterchangeSenderUnknown, interchange, 6, interchange.SenderId, partner is null
                ? $"ISA05/06 {senderId} is not the interchange id of any X12 trading partner."
                : $"ISA05/06 {senderId} belongs to partner {partner.PartnerId}, but the file came through {expectedPartnerId}'s channel."));
            outcome.Status = EdiReceipt.Rejected;
            return outcome;
        }

        outcome.Partner = partner;
        var ours = options.Value;
        var pair = outcome.Pair = PartnerPair.Create(ours.InterchangeQualifier, ours.InterchangeId, partner.IsaQualifier, partner.IsaId);
        if (!Same(interchange.ReceiverQualifier, pair.OurQualifier) || !Same(interchange.ReceiverId, pair.OurId))
        {
            outcome.HostErrors.Add(Error(X12ErrorCode.InterchangeReceiverInvalid, interchange, 8, interchange.ReceiverId,
                $"ISA07/08 {interchange.ReceiverQualifier}:{interchange.ReceiverId} is not this hub ({pair.OurQualifier}:{pair.OurId})."));
        }

        if (outcome.AllErrors.Any(e => e.Level == X12ErrorLevel.Interchange && e.Severity == X12ErrorSeverity.Error))
        {
            outcome.Status = EdiReceipt.Rejected;
            outcome.InterchangeAcknowledgement = InterchangeAcknowledgementBuilder.Build(interchange, interchange.Delimiters, outcome.HostErrors);
            return outcome;
        }

        var key = new ReceivedInterchangeKey(pair, int.Parse(interchange.ControlNumber, NumberStyles.None, CultureInfo.InvariantCulture),
            interchange.Groups.Select(g => int.TryParse(g.ControlNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList());
        var check = await registry.CheckAndRecordAsync(key, partner.DuplicateCheckWindow, cancellationToken);
        if (check != ReceiptCheck.New)
        {
            outcome.HostErrors.Add(Error(X12ErrorCode.DuplicateInterchange, interchange, 13, interchange.ControlNumber, check == ReceiptCheck.Duplicate
                ? $"ISA13 {interchange.ControlNumber} from {partner.PartnerId} was already received within its {partner.DuplicateCheckWindow.TotalHours:0.#} h window; nothing was processed again."
                : $"ISA13 {interchange.ControlNumber} from {partner.PartnerId} is being received right now by another upload; this copy was not processed."));
            outcome.Status = check == ReceiptCheck.Duplicate ? EdiReceipt.Duplicate : EdiReceipt.InProgress;
            // A duplicate is answered (TA1 025) when the partner asked for TA1s; a copy in flight elsewhere is not answered here.
            var duplicateAcknowledgement = InterchangeAcknowledgementBuilder.Build(interchange, interchange.Delimiters, outcome.HostErrors);
            outcome.InterchangeAcknowledgement = interchange.AcknowledgmentRequested && check == ReceiptCheck.Duplicate ? duplicateAcknowledgement : null;
            return outcome;
        }

        claims.Add(key);
        var acknowledgement = InterchangeAcknowledgementBuilder.Build(interchange, interchange.Delimiters, outcome.HostErrors);
        outcome.InterchangeAcknowledgement = acknowledgement.IsRequired ? acknowledgement : null;
        foreach (var group in interchange.Groups)
        {
            await ReceiveGroupAsync(outcome, partner, group, messageId, cancellationToken);
        }

        // Nothing taken out of something sent is a rejection (the 997 says which sets and why); a partial take is not.
        var clean = outcome.Groups.All(g => g.Status == "accepted") && !outcome.AllErrors.Any() && outcome.Notes.Count == 0;
        var nothingTaken = outcome.Groups.Sum(g => g.TransactionSets) > 0 && outcome.Groups.Sum(g => g.AcceptedSets) == 0;
        outcome.Status = nothingTaken ? EdiReceipt.Rejected : clean ? EdiReceipt.Accepted : EdiReceipt.AcceptedWithErrors;
        if (nothingTaken)
        {
            // A rejected interchange is not "received": the partner may send it again, corrected, under the same ISA13.
            await registry.ReleaseAsync(key, cancellationToken);
            claims.Remove(key);
        }
        else
        {
            await registry.MarkTakenAsync(key, cancellationToken);
        }

        return outcome;
    }

    // A mailbag names the same few senders over and over: ask the Partners module once per sender and receipt.
    private async Task<EdiPartner?> PartnerAsync(string qualifier, string id, CancellationToken cancellationToken)
    {
        var key = (qualifier.Trim().ToUpperInvariant(), id.Trim().ToUpperInvariant());
        if (!_partners.TryGetValue(key, out var partner))
        {
            partner = await sender.Send(new FindEdiPartnerQuery(qualifier, id), cancellationToken);
            _partners[key] = partner;
        }

        return partner;
    }

    private async Task ReceiveGroupAsync(InterchangeOutcome outcome, EdiPartner partner, FunctionalGroup group, Guid messageId, CancellationToken ct)
    {
        var location = $"interchange {outcome.Interchange.Index} (ISA13 {outcome.Interchange.ControlNumber}), group {group.Index} (GS06 {group.ControlNumber})";
        if (group.FunctionalIdentifier == "FA")
        {
            foreach (var note in await reconciler.ReconcileAsync(partner, group, messageId, ct))
            {
                outcome.Notes.Add(EdiProblems.Note("AcknowledgementUnmatched", note, location));
            }

            var acknowledgements = group.TransactionSets.Count(FunctionalAcknowledgementReader.IsFunctionalAcknowledgement);
            outcome.Groups.Add(Reported(group, acknowledgements, acknowledgements == group.TransactionSets.Count ? "accepted" : "partially-accepted"));
            return;
        }

        // Judged with a placeholder ST02: the real one is allocated only if the 997 is sent.
        var verdict = FunctionalAcknowledgementBuilder.Build(group, new FunctionalAcknowledgementOptions { ControlNumber = "0001" });
        var groupTaken = AcknowledgementStatusCodes.IsAccepted(verdict.GroupStatus) || verdict.GroupStatus == AcknowledgementStatus.PartiallyAccepted;
        var accepted = 0;
        foreach (var set in group.TransactionSets)
        {
            if (!groupTaken || set.Errors.Any(e => e.Severity == X12ErrorSeverity.Error))
            {
                continue;
            }

            var duplicates = await businessKeys.FindDuplicatesAsync(outcome.Pair!, set, ct);
            if (duplicates.Count > 0)
            {
                outcome.Notes.Add(EdiProblems.Note("DuplicateDocument", string.Join(' ', duplicates), $"{location}, transaction set {set.Index} (ST02 {set.ControlNumber})"));
                continue;
            }

            accepted++;
            unitOfWork.Publish(new EdiDocumentReceivedIntegrationEvent(
                Guid.CreateVersion7(), clock.GetUtcNow().UtcDateTime, messageId, partner.PartnerId, partner.PartnerKind, set.Id,
                set.ControlNumber, group.ControlNumber, outcome.Interchange.ControlNumber, group.Version, outcome.Interchange.IsTest,
                string.Concat(set.Segments.Select(s => s.ToString()))));
        }

        outcome.Groups.Add(Reported(group, accepted, StatusName(verdict.GroupStatus)));
        var acknowledge = partner.AcknowledgementPolicy switch
        {
            EdiAcknowledgementPolicy.Always => verdict.IsAcknowledged,
            EdiAcknowledgementPolicy.OnError => verdict.IsAcknowledged && verdict.GroupStatus != AcknowledgementStatus.Accepted,
            _ => false,
        };
        if (acknowledge)
        {
            outcome.GroupsToAcknowledge.Add(group);
        }
    }

    private static EdiReceivedGroup Reported(FunctionalGroup group, int accepted, string status) => new(
        EdiLimits.Cut(group.FunctionalIdentifier, EdiLimits.FunctionalIdentifier), EdiLimits.Cut(group.ControlNumber, EdiLimits.ControlNumber),
        EdiLimits.Cut(group.Version, EdiLimits.Version), group.TransactionSets.Count, accepted, status);

    private static string StatusName(AcknowledgementStatus status) => status switch
    {
        AcknowledgementStatus.Accepted => "accepted",
        AcknowledgementStatus.AcceptedWithErrors => "accepted-with-errors",
        AcknowledgementStatus.PartiallyAccepted => "partially-accepted",
        _ => "rejected",
    };

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static X12Error Error(X12ErrorCode code, Interchange interchange, int element, string value, string message) =>
        new(code, X12ErrorSeverity.Error, message, interchange.Header.Location.AtElement(element), value);
}
