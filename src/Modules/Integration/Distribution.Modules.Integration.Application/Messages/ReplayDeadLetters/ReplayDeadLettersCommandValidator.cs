using FluentValidation;

namespace Distribution.Modules.Integration.Application.Messages.ReplayDeadLetters;

internal sealed class ReplayDeadLettersCommandValidator : AbstractValidator<ReplayDeadLettersCommand>
{
    public ReplayDeadLettersCommandValidator()
    {
        RuleFor(c => c.MessageIds).NotEmpty().Must(ids => ids is null || ids.Count <= 500)
            .WithMessage("Replay at most 500 messages at a time.");
    }
}
