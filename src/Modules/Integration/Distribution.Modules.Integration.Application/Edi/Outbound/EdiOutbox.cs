using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Partners.Contracts.TradingPartners;

namespace Distribution.Modules.Integration.Application.Edi.Outbound;

/// <summary>
/// Queues written interchanges for a partner in the EDI message log (status waiting), inside the caller's unit of
/// work: the partner's transport delivers them (drop folder, SFTP) or the partner collects them (HTTP). Groups that
/// expect a 997 are recorded for reconciliation, due after the partner's acknowledgement window.
/// </summary>
public sealed class EdiOutbox(IEdiMessageRepository messages, ISentGroupRepository sentGroups, TimeProvider clock, ICorrelationContext correlation)
{
    /// <summary>Queues <paramref name="interchange"/> for <paramref name="partner"/> over <paramref name="transport"/>.</summary>
    /// <param name="partner">The receiver.</param>
    /// <param name="transport">The transport it goes by.</param>
    /// <param name="interchange">What to send.</param>
    /// <param name="inReplyToId">The inbound message it answers, for acknowledgements.</param>
    /// <param name="expectAcknowledgement">True to reconcile the partner's 997s against its groups (never for 997s/TA1s).</param>
    public EdiMessage Queue(EdiPartner partner, string transport, WrittenInterchange interchange, Guid? inReplyToId, bool expectAcknowledgement)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(interchange);
        var now = clock.GetUtcNow().UtcDateTime;
        var correlationId = string.IsNullOrEmpty(correlation.CorrelationId) ? null : correlation.CorrelationId;
        var types = interchange.Groups.SelectMany(g => g.Sets.Select(s => s.Id)).ToList();
        if (types.Count == 0)
        {
            types.Add("TA1");
        }

        var fileName = $"{partner.PartnerId}-{interchange.ControlNumber}-{string.Join('-', types.Distinct())}.x12";
        var message = EdiMessage.Queued(partner.PartnerId, transport, SafeFileName(fileName), interchange.Text, types,
            interchange.ControlNumber, inReplyToId, correlationId, now);
        messages.Add(message);
        if (expectAcknowledgement)
        {
            // A 997 is never acknowledged, so only other groups are awaited.
            foreach (var group in interchange.Groups.Where(g => g.FunctionalIdentifier != "FA"))
            {
                sentGroups.Add(SentGroup.Sent(message.Id, partner.PartnerId, group.FunctionalIdentifier, group.ControlNumber,
                    group.Sets.Select(s => s.ControlNumber).ToList(), partner.AcknowledgementWindow, correlationId, now));
            }
        }

        return message;
    }

    private static string SafeFileName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_'));
}
