using FluentValidation;

namespace Distribution.Modules.Integration.Application.Subscriptions.CreateSubscription;

internal sealed class CreateSubscriptionCommandValidator : AbstractValidator<CreateSubscriptionCommand>
{
    public CreateSubscriptionCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.EventType).ValidEventType();
        RuleFor(c => c.Url).ValidWebhookUrl().MaximumLength(2000);
        RuleFor(c => c.Secret).MinimumLength(24).MaximumLength(200).When(c => c.Secret is not null);
        RuleFor(c => c.MaxAttempts).InclusiveBetween(1, 50).When(c => c.MaxAttempts is not null);
    }
}
