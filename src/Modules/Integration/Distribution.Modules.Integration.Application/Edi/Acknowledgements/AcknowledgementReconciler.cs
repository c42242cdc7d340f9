using System.Globalization;
using Distribution.Edi;
using Distribution.Edi.Acknowledgements;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Exceptions;
using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Integration.Application.Edi.Acknowledgements;

/// <summary>
/// Matches a partner's 997s to the functional groups we sent it (by GS01 + GS06 = AK101 + AK102) and records the
/// verdict. A rejection, a 997 for a group we have no record of, or a late answer to an overdue group each leave a
/// trace in the exceptions queue (the last one resolves the overdue entry).
/// </summary>
public sealed class AcknowledgementReconciler(
    ISentGroupRepository sentGroups, ExceptionQueue exceptions, TimeProvider clock, ILogger<AcknowledgementReconciler> logger)
{
    /// <summary>Reconciles every 997 in <paramref name="group"/>; returns a note for each one that matched nothing.</summary>
    public async Task<IReadOnlyList<string>> ReconcileAsync(
        EdiPartner partner, FunctionalGroup group, Guid acknowledgementMessageId, CancellationToken cancellationToken)
    {
        var unmatched = new List<string>();
        foreach (var set in group.TransactionSets.Where(FunctionalAcknowledgementReader.IsFunctionalAcknowledgement))
        {
            var acknowledgement = FunctionalAcknowledgementReader.Read(set);
            var sent = await sentGroups.FindAsync(
                partner.PartnerId, acknowledgement.FunctionalIdentifier, acknowledgement.GroupControlNumber, cancellationToken);
            var reference = $"{acknowledgement.FunctionalIdentifier} {acknowledgement.GroupControlNumber}";
            if (sent is null)
            {
                var note = $"The 997 (ST02 {acknowledgement.AcknowledgementControlNumber}) acknowledges group {reference}, " +
                    $"which was never sent to {partner.PartnerId}.";
                unmatched.Add(note);
                await exceptions.RaiseAsync(ExceptionKinds.AcknowledgementUnmatched, note, partner.PartnerId, reference, cancellationToken);
                continue;
            }

            var wasOverdue = sent.Status == SentGroupStatus.Overdue;
            var status = StatusOf(acknowledgement.GroupStatus);
            if (!sent.Acknowledge(status, DetailOf(acknowledgement), acknowledgementMessageId, clock.GetUtcNow().UtcDateTime))
            {
                logger.LogInformation("Group {Reference} to {PartnerId} was already acknowledged; the repeated 997 changes nothing",
                    reference, partner.PartnerId);
                continue;
            }

            logger.LogInformation("Partner {PartnerId} acknowledged group {Reference}: {AcknowledgementStatus}",
                partner.PartnerId, reference, status);
            if (wasOverdue)
            {
                await exceptions.ResolveIfOpenAsync(ExceptionKinds.AcknowledgementOverdue, partner.PartnerId, reference,
                    $"The 997 arrived late: {status}.", cancellationToken);
            }

            if (status is SentGroupStatus.Rejected or SentGroupStatus.PartiallyAccepted)
            {
                await exceptions.RaiseAsync(ExceptionKinds.GroupRejected,
                    $"{partner.Name} ({partner.PartnerId}) {(status == SentGroupStatus.Rejected ? "rejected" : "partly rejected")} " +
                    $"group {reference}: {DetailOf(acknowledgement)}", partner.PartnerId, reference, cancellationToken);
            }
        }

        return unmatched;
    }

    private static SentGroupStatus StatusOf(AcknowledgementStatus status) => status switch
    {
        AcknowledgementStatus.Accepted => SentGroupStatus.Accepted,
        AcknowledgementStatus.AcceptedWithErrors => SentGroupStatus.AcceptedWithErrors,
        AcknowledgementStatus.PartiallyAccepted => SentGroupStatus.PartiallyAccepted,
        _ => SentGroupStatus.Rejected,
    };

    private static string DetailOf(ReceivedFunctionalAcknowledgement acknowledgement)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = string.Create(culture,
            $"AK9 {AcknowledgementStatusCodes.ToCode(acknowledgement.GroupStatus)}: {acknowledgement.AcceptedCount} of {acknowledgement.IncludedCount} sets accepted");
        var rejected = acknowledgement.TransactionSets.Where(s => !s.IsAccepted)
            .Select(s => $"ST02 {s.ControlNumber} ({AcknowledgementStatusCodes.ToCode(s.Status)}{Codes(s.ErrorCodes)})")
            .ToList();
        var groupCodes = acknowledgement.GroupErrorCodes.Count > 0 ? $"; group errors {string.Join(' ', acknowledgement.GroupErrorCodes)}" : "";
        return rejected.Count > 0 ? $"{text}; rejected {string.Join(", ", rejected)}{groupCodes}" : text + groupCodes;

        static string Codes(IReadOnlyList<string> codes) => codes.Count > 0 ? " " + string.Join(' ', codes) : "";
    }
}
