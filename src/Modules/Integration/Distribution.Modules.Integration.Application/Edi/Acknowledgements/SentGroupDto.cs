using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Integration.Domain.Edi;

namespace Distribution.Modules.Integration.Application.Edi.Acknowledgements;

/// <summary>A functional group we sent and where its 997 stands.</summary>
/// <param name="Id">Id.</param>
/// <param name="MessageId">The outbound EDI message that carried it.</param>
/// <param name="PartnerId">The partner.</param>
/// <param name="FunctionalIdentifier">GS01.</param>
/// <param name="GroupControlNumber">GS06.</param>
/// <param name="TransactionSetControlNumbers">ST02 of its sets.</param>
/// <param name="Status">awaitingAcknowledgement, overdue, accepted, acceptedWithErrors, partiallyAccepted or rejected.</param>
/// <param name="Detail">What the 997 said.</param>
/// <param name="SentAt">Sent (UTC).</param>
/// <param name="AcknowledgementDueAt">997 due (UTC).</param>
/// <param name="AcknowledgedAt">997 received (UTC).</param>
/// <param name="CorrelationId">The business transaction.</param>
public sealed record SentGroupDto(
    Guid Id, Guid MessageId, string PartnerId, string FunctionalIdentifier, string GroupControlNumber,
    [property: MaxLength(SentGroup.MaxTransactionSets)] IReadOnlyList<string> TransactionSetControlNumbers,
    string Status, string? Detail, DateTime SentAt, DateTime AcknowledgementDueAt, DateTime? AcknowledgedAt, string? CorrelationId)
{
    internal static SentGroupDto From(SentGroup g) => new(
        g.Id, g.MessageId, g.PartnerId, g.FunctionalIdentifier, g.GroupControlNumber,
        g.TransactionSetControlNumbers.Split(',', StringSplitOptions.RemoveEmptyEntries), Name(g.Status), g.Detail, g.SentAtUtc,
        g.AcknowledgementDueAtUtc, g.AcknowledgedAtUtc, g.CorrelationId);

    internal static string Name(SentGroupStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];
}
