using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.ListWaitingEdiDocuments;

internal sealed class ListWaitingEdiDocumentsQueryHandler(IEdiMessageRepository messages)
    : IQueryHandler<ListWaitingEdiDocumentsQuery, IReadOnlyList<WaitingEdiDocument>>
{
    public async ValueTask<IReadOnlyList<WaitingEdiDocument>> Handle(ListWaitingEdiDocumentsQuery query, CancellationToken cancellationToken)
    {
        var waiting = await messages.ListWaitingAsync(query.PartnerId, query.Transport, query.After, Math.Clamp(query.Limit, 1, 200), cancellationToken);
        return waiting.Select(m => new WaitingEdiDocument(m.Id, m.PartnerId!, m.Transport, m.FileName ?? $"{m.Id}.x12", m.Content,
            m.CorrelationId, m.CreatedAtUtc)).ToList();
    }
}
