using FluentValidation;

namespace Distribution.Modules.Partners.Application.TradingPartners.CreateTradingPartner;

internal sealed class CreateTradingPartnerCommandValidator : AbstractValidator<CreateTradingPartnerCommand>
{
    public CreateTradingPartnerCommandValidator()
    {
        RuleFor(c => c.PartnerKind).Must(k => SettingNames.ParsePartnerKind(k) is not null)
            .WithMessage("The partner kind must be customer or supplier.");
        RuleFor(c => c.PartnerId).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Settings).NotNull().SetValidator(new PartnerSettingsValidator());
    }
}
