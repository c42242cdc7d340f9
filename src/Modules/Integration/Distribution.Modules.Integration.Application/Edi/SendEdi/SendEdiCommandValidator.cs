using FluentValidation;

namespace Distribution.Modules.Integration.Application.Edi.SendEdi;

internal sealed class SendEdiCommandValidator : AbstractValidator<SendEdiCommand>
{
    /// <summary>Longest X12 accepted through the API (characters).</summary>
    public const int X12MaxLength = 4 * 1024 * 1024;

    public SendEdiCommandValidator()
    {
        RuleFor(c => c.PartnerId).NotEmpty().MaximumLength(64);
        RuleFor(c => c.X12).NotEmpty().MaximumLength(X12MaxLength);
    }
}
