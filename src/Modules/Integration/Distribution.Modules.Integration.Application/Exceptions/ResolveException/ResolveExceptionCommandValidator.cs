using Distribution.Modules.Integration.Domain.Exceptions;
using FluentValidation;

namespace Distribution.Modules.Integration.Application.Exceptions.ResolveException;

internal sealed class ResolveExceptionCommandValidator : AbstractValidator<ResolveExceptionCommand>
{
    public ResolveExceptionCommandValidator() =>
        RuleFor(c => c.Resolution).NotEmpty().MaximumLength(ExceptionCase.ResolutionMaxLength);
}
