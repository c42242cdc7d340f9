using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.CheckOverdueAcknowledgements;

/// <summary>
/// Marks every sent group whose partner's acknowledgement window has passed without a 997 as overdue, and reports
/// each in the exceptions queue (kind <c>edi.acknowledgement-overdue</c>). Run by the <c>edi-acknowledgement-check</c>
/// sync job.
/// </summary>
public sealed record CheckOverdueAcknowledgementsCommand : ICommand<int>;
