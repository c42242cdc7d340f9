using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Integration.Domain.Exceptions;

namespace Distribution.Modules.Integration.Application.Abstractions;

/// <summary>The EDI message log: every file or upload received and every document queued for a partner.</summary>
public interface IEdiMessageRepository
{
    /// <summary>One message, or null.</summary>
    Task<EdiMessage?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A page, newest first, filtered.</summary>
    Task<IReadOnlyList<EdiMessage>> ListAsync(EdiMessageFilter filter, Guid? beforeId, int limit, CancellationToken cancellationToken);

    /// <summary>Outbound messages waiting for delivery, oldest first.</summary>
    Task<IReadOnlyList<EdiMessage>> ListWaitingAsync(string? partnerId, string? transport, Guid? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Adds one.</summary>
    void Add(EdiMessage message);
}

/// <summary>Filters of the EDI message log.</summary>
/// <param name="PartnerId">Only this partner.</param>
/// <param name="Direction">Only inbound or outbound.</param>
/// <param name="Status">Only this status.</param>
/// <param name="CorrelationId">Only this business transaction.</param>
public sealed record EdiMessageFilter(string? PartnerId, EdiDirection? Direction, EdiMessageStatus? Status, string? CorrelationId);

/// <summary>Functional groups we sent, awaiting or holding their 997.</summary>
public interface ISentGroupRepository
{
    /// <summary>The group we sent <paramref name="partnerId"/> with GS06 <paramref name="groupControlNumber"/> (the latest, after a rollover), or null.</summary>
    Task<SentGroup?> FindAsync(string partnerId, string functionalIdentifier, string groupControlNumber, CancellationToken cancellationToken);

    /// <summary>Groups still awaiting a 997 whose window has passed at <paramref name="nowUtc"/>, oldest due first.</summary>
    Task<IReadOnlyList<SentGroup>> ListNewlyOverdueAsync(DateTime nowUtc, int limit, CancellationToken cancellationToken);

    /// <summary>A page of groups, newest first, optionally one partner's or one status.</summary>
    Task<IReadOnlyList<SentGroup>> ListAsync(string? partnerId, SentGroupStatus? status, Guid? beforeId, int limit, CancellationToken cancellationToken);

    /// <summary>Adds one.</summary>
    void Add(SentGroup group);
}

/// <summary>The exceptions queue.</summary>
public interface IExceptionCaseRepository
{
    /// <summary>One entry, or null.</summary>
    Task<ExceptionCase?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The open entry of this kind, partner and reference, or null.</summary>
    Task<ExceptionCase?> FindOpenAsync(string kind, string? partnerId, string? reference, CancellationToken cancellationToken);

    /// <summary>A page, newest first, filtered.</summary>
    Task<IReadOnlyList<ExceptionCase>> ListAsync(ExceptionFilter filter, Guid? beforeId, int limit, CancellationToken cancellationToken);

    /// <summary>Adds one.</summary>
    void Add(ExceptionCase exceptionCase);
}

/// <summary>Filters of the exceptions queue.</summary>
/// <param name="Status">Only open or resolved.</param>
/// <param name="Kind">Only this kind.</param>
/// <param name="PartnerId">Only this partner.</param>
public sealed record ExceptionFilter(ExceptionStatus? Status, string? Kind, string? PartnerId);
