// TEMPORARY: stand-ins for the EDI core messages the lead is building on main, with the names and shapes agreed for
// the transports, so the transports compile before the core lands. This file is deleted when main's "EDI core:"
// commit is merged; nothing here is used at run time (the handlers refuse).
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.Inbound.ReceiveEdi
{
    public sealed record ReceiveEdiCommand(string Transport, string? FileName, byte[] Content, string? ExpectedPartnerId) : ICommand<EdiReceipt>;

    public sealed record EdiReceipt(
        Guid MessageId, string Status, string? PartnerId, IReadOnlyList<EdiReceivedInterchange> Interchanges,
        IReadOnlyList<EdiProblem> Problems, string? Acknowledgement, string? CorrelationId)
    {
        public const string Accepted = "accepted";
        public const string AcceptedWithErrors = "accepted-with-errors";
        public const string Rejected = "rejected";
        public const string Duplicate = "duplicate";
    }

    public sealed record EdiReceivedInterchange(string ControlNumber, string SenderId, string Status, IReadOnlyList<EdiReceivedGroup> Groups);

    public sealed record EdiReceivedGroup(string FunctionalIdentifier, string ControlNumber, string Version, int TransactionSets, int AcceptedSets, string Status);

    public sealed record EdiProblem(string Code, string Severity, string Message, string? Segment, int? Element, string Location);

    internal sealed class ReceiveEdiCommandHandler : ICommandHandler<ReceiveEdiCommand, EdiReceipt>
    {
        public ValueTask<EdiReceipt> Handle(ReceiveEdiCommand command, CancellationToken cancellationToken) =>
            throw new NotSupportedException("Stand-in: the EDI core is not merged yet.");
    }
}

namespace Distribution.Modules.Integration.Application.Edi.Outbound.ListWaitingEdiDocuments
{
    public sealed record WaitingEdiDocument(Guid Id, string PartnerId, string Transport, string FileName, string Content, string? CorrelationId, DateTime CreatedAt);

    public sealed record ListWaitingEdiDocumentsQuery(string? PartnerId, string? Transport, Guid? After = null, int Limit = 100)
        : IQuery<IReadOnlyList<WaitingEdiDocument>>;

    internal sealed class ListWaitingEdiDocumentsQueryHandler : IQueryHandler<ListWaitingEdiDocumentsQuery, IReadOnlyList<WaitingEdiDocument>>
    {
        public ValueTask<IReadOnlyList<WaitingEdiDocument>> Handle(ListWaitingEdiDocumentsQuery query, CancellationToken cancellationToken) =>
            throw new NotSupportedException("Stand-in: the EDI core is not merged yet.");
    }
}

namespace Distribution.Modules.Integration.Application.Edi.Outbound.MarkEdiDocumentDelivered
{
    public sealed record MarkEdiDocumentDeliveredCommand(Guid DocumentId, string Destination) : ICommand;

    internal sealed class MarkEdiDocumentDeliveredCommandHandler : ICommandHandler<MarkEdiDocumentDeliveredCommand>
    {
        public ValueTask<Unit> Handle(MarkEdiDocumentDeliveredCommand command, CancellationToken cancellationToken) =>
            throw new NotSupportedException("Stand-in: the EDI core is not merged yet.");
    }
}

namespace Distribution.Modules.Integration.Application.Edi.Outbound.RecordEdiDeliveryFailure
{
    public sealed record RecordEdiDeliveryFailureCommand(Guid DocumentId, string Error) : ICommand;

    internal sealed class RecordEdiDeliveryFailureCommandHandler : ICommandHandler<RecordEdiDeliveryFailureCommand>
    {
        public ValueTask<Unit> Handle(RecordEdiDeliveryFailureCommand command, CancellationToken cancellationToken) =>
            throw new NotSupportedException("Stand-in: the EDI core is not merged yet.");
    }
}

namespace Distribution.Modules.Integration.Application.Exceptions
{
    public static class ExceptionKinds
    {
        public const string TransportFailed = "edi.transport-failed";
        public const string TransportNotConfigured = "edi.transport-not-configured";
    }
}

namespace Distribution.Modules.Integration.Application.Exceptions.RaiseException
{
    public sealed record RaiseExceptionCommand(string Kind, string Message, string? PartnerId, string? Reference) : ICommand<Guid>;

    internal sealed class RaiseExceptionCommandHandler : ICommandHandler<RaiseExceptionCommand, Guid>
    {
        public ValueTask<Guid> Handle(RaiseExceptionCommand command, CancellationToken cancellationToken) =>
            throw new NotSupportedException("Stand-in: the EDI core is not merged yet.");
    }
}
