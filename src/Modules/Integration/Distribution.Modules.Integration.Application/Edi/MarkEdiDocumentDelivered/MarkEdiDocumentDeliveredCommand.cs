using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.MarkEdiDocumentDelivered;

/// <summary>An outbound document reached its partner (written, uploaded or collected). Repeating it changes nothing.</summary>
/// <param name="DocumentId">The EDI message id.</param>
/// <param name="Destination">Where it went (a path, a remote path, "collected over http").</param>
public sealed record MarkEdiDocumentDeliveredCommand(Guid DocumentId, string Destination) : ICommand;
