using FluentValidation;

namespace Distribution.Modules.Catalog.Application.CrossReferences.CreateCrossReference;

internal sealed class CreateCrossReferenceCommandValidator : AbstractValidator<CreateCrossReferenceCommand>
{
    public CreateCrossReferenceCommandValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.PartnerId).NotEmpty().MaximumLength(100);
        RuleFor(c => c.PartnerValue).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Sku).NotEmpty().MaximumLength(64);
        RuleFor(c => c.PartnerUnit).MaximumLength(10);
        RuleFor(c => c.PackSize).GreaterThan(0m).When(c => c.PackSize is not null);
    }
}
