using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Exceptions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.CheckOverdueAcknowledgements;

internal sealed class CheckOverdueAcknowledgementsCommandHandler(
    ISentGroupRepository groups, ExceptionQueue exceptions, IIntegrationUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CheckOverdueAcknowledgementsCommand, int>
{
    private const int BatchSize = 500;

    public async ValueTask<int> Handle(CheckOverdueAcknowledgementsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var total = 0;
        while (true)
        {
            var overdue = await groups.ListNewlyOverdueAsync(now, BatchSize, cancellationToken);
            foreach (var group in overdue)
            {
                group.MarkOverdue();
                await exceptions.RaiseAsync(ExceptionKinds.AcknowledgementOverdue,
                    $"{group.PartnerId} has not acknowledged group {group.FunctionalIdentifier} {group.GroupControlNumber} " +
                    $"(sets {group.TransactionSetControlNumbers}) sent {group.SentAtUtc:u}; the 997 was due {group.AcknowledgementDueAtUtc:u}.",
                    group.PartnerId, $"{group.FunctionalIdentifier} {group.GroupControlNumber}", cancellationToken);
            }

            await unitOfWork.CommitAsync(cancellationToken);
            total += overdue.Count;
            if (overdue.Count < BatchSize)
            {
                return total;
            }
        }
    }
}
