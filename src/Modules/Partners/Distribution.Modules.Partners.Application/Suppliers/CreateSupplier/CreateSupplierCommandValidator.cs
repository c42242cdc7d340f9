using FluentValidation;

namespace Distribution.Modules.Partners.Application.Suppliers.CreateSupplier;

internal sealed class CreateSupplierCommandValidator : AbstractValidator<CreateSupplierCommand>
{
    public CreateSupplierCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().Matches(SupplierValidation.CodePattern)
            .WithMessage("The code has 1-40 letters, digits, '.', '_' or '-' and starts with a letter or digit.");
        this.AddSupplierRules(c => c.Name, c => c.LeadTimeDays, c => c.MinimumOrder);
    }
}
