using FluentValidation;

namespace Distribution.Modules.Partners.Application.Customers.UpdateCustomer;

internal sealed class UpdateCustomerCommandValidator : AbstractValidator<UpdateCustomerCommand>
{
    public UpdateCustomerCommandValidator()
    {
        RuleFor(c => c.Status).NotEmpty();
        this.AddCustomerRules(c => c.Name, c => c.Status, c => c.ParentAccountNumber, c => c.ShipTos!, c => c.CreditLimit, c => c.PaymentTerms);
    }
}
