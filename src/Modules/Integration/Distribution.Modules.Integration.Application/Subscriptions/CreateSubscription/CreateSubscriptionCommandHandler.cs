using System.Security.Cryptography;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Webhooks;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Mediator;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Integration.Application.Subscriptions.CreateSubscription;

internal sealed class CreateSubscriptionCommandHandler(
    ISubscriptionRepository subscriptions,
    IIntegrationUnitOfWork unitOfWork,
    IOptions<WebhookOptions> options,
    TimeProvider clock) : ICommandHandler<CreateSubscriptionCommand, CreatedSubscriptionDto>
{
    public async ValueTask<CreatedSubscriptionDto> Handle(CreateSubscriptionCommand command, CancellationToken cancellationToken)
    {
        // Standard Webhooks secrets are "whsec_" + base64 of the key bytes; WebhookSignature signs with those
        // decoded bytes, as the convention's receiver libraries expect. Receivers get the whole string verbatim.
        var secret = command.Secret ?? "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var subscription = WebhookSubscription.Create(command.Name, command.EventType, new Uri(command.Url), secret,
            command.MaxAttempts ?? options.Value.DefaultMaxAttempts, clock.GetUtcNow().UtcDateTime);
        subscriptions.Add(subscription);
        await unitOfWork.CommitAsync(cancellationToken);
        return new CreatedSubscriptionDto(SubscriptionDto.From(subscription), secret);
    }
}
