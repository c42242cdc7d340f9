using Distribution.BuildingBlocks.Application.Validation;
using FluentValidation;

namespace Distribution.Modules.Integration.Application.Messages.ReplayDeadLetters;

internal sealed class ReplayDeadLettersCommandValidator : AbstractValidator<ReplayDeadLettersCommand>
{
    public ReplayDeadLettersCommandValidator()
    {
        RuleFor(c => c.MessageIds).NotEmpty().MaximumCount(ReplayDeadLettersCommand.MaxMessages)
            .WithMessage($"Replay at most {ReplayDeadLettersCommand.MaxMessages} messages at a time.");
    }
}
