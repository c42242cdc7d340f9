using FluentValidation;

namespace Distribution.Modules.Partners.Application.TradingPartners.UpdateTradingPartner;

internal sealed class UpdateTradingPartnerCommandValidator : AbstractValidator<UpdateTradingPartnerCommand>
{
    public UpdateTradingPartnerCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Settings).NotNull().SetValidator(new PartnerSettingsValidator());
    }
}
