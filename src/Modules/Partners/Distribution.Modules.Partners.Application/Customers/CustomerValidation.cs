using System.Linq.Expressions;
using FluentValidation;

namespace Distribution.Modules.Partners.Application.Customers;

/// <summary>Field rules shared by create and update, so both report the same names and messages.</summary>
internal static class CustomerValidation
{
    public const string AccountNumberPattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$";
    public const string PaymentTermsPattern = "^[A-Z0-9][A-Z0-9-]{1,19}$";

    public static void AddCustomerRules<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, string>> name,
        Expression<Func<T, string?>> status,
        Expression<Func<T, string?>> parent,
        Expression<Func<T, IEnumerable<ShipToAddressDto>>> shipTos,
        Expression<Func<T, decimal>> creditLimit,
        Expression<Func<T, string>> paymentTerms)
    {
        validator.RuleFor(name).NotEmpty().MaximumLength(200);
        validator.RuleFor(status).Must(s => s is null || CustomerStatuses.Parse(s) is not null)
            .WithMessage($"Status must be one of: {string.Join(", ", CustomerStatuses.Names)}.");
        validator.RuleFor(parent).Matches(AccountNumberPattern)
            .WithMessage("The parent account number is not a valid account number.");
        validator.RuleFor(creditLimit).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
        validator.RuleFor(paymentTerms).NotEmpty().Matches(PaymentTermsPattern)
            .WithMessage("Payment terms are a code of 2-20 capital letters, digits or dashes, e.g. NET30.");
        validator.RuleFor(shipTos).Must(s => s is null || s.Count() <= 100).WithMessage("At most 100 ship-to addresses.");
        validator.RuleForEach(shipTos).SetValidator(new ShipToAddressValidator());
    }

    private sealed class ShipToAddressValidator : AbstractValidator<ShipToAddressDto>
    {
        public ShipToAddressValidator()
        {
            RuleFor(a => a.Code).NotEmpty().MaximumLength(40);
            RuleFor(a => a.Name).NotEmpty().MaximumLength(200);
            RuleFor(a => a.Line1).NotEmpty().MaximumLength(200);
            RuleFor(a => a.Line2).MaximumLength(200);
            RuleFor(a => a.City).NotEmpty().MaximumLength(100);
            RuleFor(a => a.Region).MaximumLength(100);
            RuleFor(a => a.PostalCode).NotEmpty().MaximumLength(20);
            RuleFor(a => a.CountryCode).NotEmpty().Length(2).Matches("^[A-Za-z]{2}$").WithMessage("Use a two-letter ISO country code.");
        }
    }
}
