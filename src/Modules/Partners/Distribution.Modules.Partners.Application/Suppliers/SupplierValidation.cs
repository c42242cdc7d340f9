using System.Linq.Expressions;
using Distribution.Modules.Partners.Domain.Suppliers;
using FluentValidation;

namespace Distribution.Modules.Partners.Application.Suppliers;

/// <summary>Field rules shared by create and update.</summary>
internal static class SupplierValidation
{
    public const string CodePattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$";

    public static void AddSupplierRules<T>(
        this AbstractValidator<T> validator, Expression<Func<T, string>> name, Expression<Func<T, int>> leadTimeDays,
        Expression<Func<T, decimal>> minimumOrder)
    {
        validator.RuleFor(name).NotEmpty().MaximumLength(200);
        validator.RuleFor(leadTimeDays).InclusiveBetween(0, LeadTimeMustBeRealisticRule.MaxDays);
        validator.RuleFor(minimumOrder).GreaterThanOrEqualTo(0).LessThan(1_000_000_000m);
    }
}
