using Distribution.BuildingBlocks.Application.Validation;
using Distribution.Modules.Partners.Domain.ApiClients;
using FluentValidation;

namespace Distribution.Modules.Partners.Application.ApiClients.CreateApiClient;

internal sealed class CreateApiClientCommandValidator : AbstractValidator<CreateApiClientCommand>
{
    public CreateApiClientCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Kind).NotEmpty()
            .Must(EnumNames.IsName<ApiClientKind>)
            .WithMessage("Kind must be one of: admin, internal, customer, supplier.");
        RuleFor(c => c.PartnerId).NotEmpty()
            .When(c => c.Kind is not null && (c.Kind.Equals("customer", StringComparison.OrdinalIgnoreCase)
                || c.Kind.Equals("supplier", StringComparison.OrdinalIgnoreCase)))
            .WithMessage("Customer and supplier clients must name the partner their keys are bound to.");
        RuleFor(c => c.PartnerId).MaximumLength(100);
        RuleForEach(c => c.Scopes).Must(KnownScopes.All.Contains)
            .WithMessage((_, scope) => $"'{scope}' is not a known scope.");
        RuleFor(c => c.KeyExpiresAt).Must(e => e is null || e > clock.GetUtcNow().UtcDateTime)
            .WithMessage("The expiry must be in the future.");
    }
}
