using FluentValidation;

namespace Distribution.Modules.Catalog.Application.Items.ChangeItemStatus;

internal sealed class ChangeItemStatusCommandValidator : AbstractValidator<ChangeItemStatusCommand>
{
    public ChangeItemStatusCommandValidator() => RuleFor(c => c.Status).IsInEnum();
}
