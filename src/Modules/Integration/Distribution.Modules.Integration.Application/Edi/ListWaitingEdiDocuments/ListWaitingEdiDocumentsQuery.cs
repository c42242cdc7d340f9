using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Integration.Domain.Edi;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.ListWaitingEdiDocuments;

/// <summary>Outbound documents waiting for delivery or collection, oldest first.</summary>
/// <param name="PartnerId">Only this partner's.</param>
/// <param name="Transport">Only those going by this transport.</param>
/// <param name="After">The last id of the previous page.</param>
/// <param name="Limit">Page size, 1–200.</param>
public sealed record ListWaitingEdiDocumentsQuery(string? PartnerId, string? Transport, Guid? After = null, int Limit = 100)
    : IQuery<IReadOnlyList<WaitingEdiDocument>>;

/// <summary>One document waiting for its partner.</summary>
/// <param name="Id">The EDI message id.</param>
/// <param name="PartnerId">The receiving partner.</param>
/// <param name="Transport">How it goes.</param>
/// <param name="FileName">The name to deliver it under.</param>
/// <param name="Content">The X12 text.</param>
/// <param name="CorrelationId">The business transaction.</param>
/// <param name="CreatedAt">Queued (UTC).</param>
public sealed record WaitingEdiDocument(
    Guid Id, string PartnerId, string Transport, string FileName, [property: MaxLength(EdiMessage.ContentMaxLength)] string Content,
    string? CorrelationId, DateTime CreatedAt);
