using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.RecordEdiDeliveryFailure;

/// <summary>A delivery attempt of an outbound document failed; once its attempts are spent it is reported in the exceptions queue.</summary>
/// <param name="DocumentId">The EDI message id.</param>
/// <param name="Error">What went wrong.</param>
public sealed record RecordEdiDeliveryFailureCommand(Guid DocumentId, string Error) : ICommand;
