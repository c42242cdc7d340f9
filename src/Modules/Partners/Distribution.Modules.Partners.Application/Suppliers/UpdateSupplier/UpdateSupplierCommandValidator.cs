using FluentValidation;

namespace Distribution.Modules.Partners.Application.Suppliers.UpdateSupplier;

internal sealed class UpdateSupplierCommandValidator : AbstractValidator<UpdateSupplierCommand>
{
    public UpdateSupplierCommandValidator() => this.AddSupplierRules(c => c.Name, c => c.LeadTimeDays, c => c.MinimumOrder);
}
