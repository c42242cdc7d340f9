using FluentValidation;

namespace Distribution.Modules.Catalog.Application.Items.ConvertQuantity;

internal sealed class ConvertQuantityQueryValidator : AbstractValidator<ConvertQuantityQuery>
{
    public ConvertQuantityQueryValidator()
    {
        RuleFor(q => q.FromUnit).NotEmpty().MaximumLength(10);
        RuleFor(q => q.ToUnit).NotEmpty().MaximumLength(10);
    }
}
