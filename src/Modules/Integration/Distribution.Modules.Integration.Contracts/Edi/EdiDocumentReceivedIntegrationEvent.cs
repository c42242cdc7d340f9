using Distribution.BuildingBlocks.Application.Events;

namespace Distribution.Modules.Integration.Contracts.Edi;

/// <summary>
/// <c>integration.edi-document-received.v1</c>: a partner's X12 transaction set passed the envelope, duplicate and
/// syntax checks and waits for its document map (850 → orders, 846 → inventory, …). One event per set.
/// </summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAtUtc">When it was received.</param>
/// <param name="MessageId">The EDI message log entry of the file it came in.</param>
/// <param name="PartnerId">The trading partner (customer account or supplier code).</param>
/// <param name="PartnerKind"><c>customer</c> or <c>supplier</c>.</param>
/// <param name="TransactionSetId">ST01, e.g. <c>850</c>.</param>
/// <param name="TransactionSetControlNumber">ST02.</param>
/// <param name="GroupControlNumber">GS06.</param>
/// <param name="InterchangeControlNumber">ISA13.</param>
/// <param name="Version">GS08, e.g. <c>004010</c>.</param>
/// <param name="IsTest">ISA15 = T.</param>
/// <param name="X12">The transaction set, ST to SE, as X12 text with the received delimiters.</param>
[IntegrationEventType("integration.edi-document-received.v1")]
public sealed record EdiDocumentReceivedIntegrationEvent(
    Guid EventId, DateTime OccurredAtUtc, Guid MessageId, string PartnerId, string PartnerKind, string TransactionSetId,
    string TransactionSetControlNumber, string GroupControlNumber, string InterchangeControlNumber, string Version, bool IsTest, string X12)
    : IIntegrationEvent;
