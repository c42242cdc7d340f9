using FluentValidation;

namespace Distribution.Modules.Catalog.Application.Items.SetPackConversion;

internal sealed class SetPackConversionCommandValidator : AbstractValidator<SetPackConversionCommand>
{
    public SetPackConversionCommandValidator()
    {
        RuleFor(c => c.FromUnit).NotEmpty().MaximumLength(10);
        RuleFor(c => c.ToUnit).NotEmpty().MaximumLength(10);
        RuleFor(c => c.Quantity).GreaterThan(0m);
    }
}
