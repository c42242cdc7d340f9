using Distribution.Modules.Partners.Application.Customers.CreateCustomer;
using Distribution.Modules.Partners.Application.Suppliers.CreateSupplier;
using FluentValidation;

namespace Distribution.Modules.Partners.Application.PartnerTemplates.OnboardPartner;

internal sealed class OnboardPartnerCommandValidator : AbstractValidator<OnboardPartnerCommand>
{
    public OnboardPartnerCommandValidator()
    {
        RuleFor(c => c.Customer).NotNull().When(c => c.Supplier is null)
            .WithMessage("Send the customer (customer templates) or the supplier (supplier templates) to create.");
        RuleFor(c => c.Supplier).Null().When(c => c.Customer is not null)
            .WithMessage("Send either a customer or a supplier, not both.");
        RuleFor(c => c.Customer!).SetValidator(new CreateCustomerCommandValidator()).When(c => c.Customer is not null);
        RuleFor(c => c.Supplier!).SetValidator(new CreateSupplierCommandValidator()).When(c => c.Supplier is not null);
    }
}
