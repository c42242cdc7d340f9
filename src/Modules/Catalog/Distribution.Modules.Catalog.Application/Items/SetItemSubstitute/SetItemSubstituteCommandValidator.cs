using FluentValidation;

namespace Distribution.Modules.Catalog.Application.Items.SetItemSubstitute;

internal sealed class SetItemSubstituteCommandValidator : AbstractValidator<SetItemSubstituteCommand>
{
    public SetItemSubstituteCommandValidator()
    {
        RuleFor(c => c.SubstituteSku).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Priority).InclusiveBetween(1, 99);
        RuleFor(c => c.Reason).IsInEnum();
    }
}
