using FluentValidation;

namespace Distribution.Modules.Catalog.Application.Items.CreateItem;

internal sealed class CreateItemCommandValidator : AbstractValidator<CreateItemCommand>
{
    public CreateItemCommandValidator()
    {
        RuleFor(c => c.Sku).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$")
            .WithMessage("A SKU has letters, digits, '.', '_' and '-' only, and starts with a letter or digit.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Description).MaximumLength(4000);
        RuleFor(c => c.BaseUnit).NotEmpty().MaximumLength(10).Matches("^[A-Z0-9]{1,10}$")
            .WithMessage("A unit code is 1–10 upper-case letters or digits (e.g. EA, CA, BX).");
    }
}
