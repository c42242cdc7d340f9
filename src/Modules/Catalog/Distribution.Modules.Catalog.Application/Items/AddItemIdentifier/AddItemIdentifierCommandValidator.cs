using FluentValidation;

namespace Distribution.Modules.Catalog.Application.Items.AddItemIdentifier;

internal sealed class AddItemIdentifierCommandValidator : AbstractValidator<AddItemIdentifierCommand>
{
    public AddItemIdentifierCommandValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Value).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Unit).MaximumLength(10);
    }
}
