using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Messages.ReplayDeadLetters;

internal sealed class ReplayDeadLettersCommandHandler(
    IOutboundMessageRepository messages, IIntegrationUnitOfWork unitOfWork, IWebhookDeliveryScheduler scheduler, TimeProvider clock)
    : ICommandHandler<ReplayDeadLettersCommand, ReplayResultDto>
{
    public async ValueTask<ReplayResultDto> Handle(ReplayDeadLettersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var replayed = new List<Guid>();
        var skipped = new List<Guid>();
        foreach (var id in command.MessageIds.Distinct())
        {
            var message = await messages.GetAsync(id, cancellationToken);
            if (message is not null && message.Replay(now))
            {
                replayed.Add(id);
                // The event id still travels as webhook-id, so a receiver that did get it before dedupes it.
                unitOfWork.AfterCommit(() => scheduler.Schedule(message.Id, now, message.CorrelationId));
            }
            else
            {
                skipped.Add(id);
            }
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return new ReplayResultDto(replayed, skipped);
    }
}
