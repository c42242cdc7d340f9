using FluentValidation;

namespace Distribution.Modules.Partners.Application.ApiClients.SetApiClientRateLimit;

internal sealed class SetApiClientRateLimitCommandValidator : AbstractValidator<SetApiClientRateLimitCommand>
{
    public SetApiClientRateLimitCommandValidator()
    {
        RuleFor(c => c.TokenLimit).InclusiveBetween(1, 1_000_000);
        RuleFor(c => c.TokensPerPeriod).InclusiveBetween(1, 1_000_000);
    }
}
