using FluentValidation;

namespace Distribution.Modules.Catalog.Application.Items.SetItemAttribute;

internal sealed class SetItemAttributeCommandValidator : AbstractValidator<SetItemAttributeCommand>
{
    public SetItemAttributeCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Value).NotNull().MaximumLength(1000);
        RuleFor(c => c.Source).NotEmpty().MaximumLength(50);
    }
}
