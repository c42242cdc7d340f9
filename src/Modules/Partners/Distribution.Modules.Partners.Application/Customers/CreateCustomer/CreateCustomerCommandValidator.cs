using FluentValidation;

namespace Distribution.Modules.Partners.Application.Customers.CreateCustomer;

internal sealed class CreateCustomerCommandValidator : AbstractValidator<CreateCustomerCommand>
{
    public CreateCustomerCommandValidator()
    {
        RuleFor(c => c.AccountNumber).NotEmpty().Matches(CustomerValidation.AccountNumberPattern)
            .WithMessage("The account number has 1-40 letters, digits, '.', '_' or '-' and starts with a letter or digit.");
        this.AddCustomerRules(c => c.Name, c => c.Status, c => c.ParentAccountNumber, c => c.ShipTos!, c => c.CreditLimit, c => c.PaymentTerms);
    }
}
