using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.UpdateTradingPartner;

internal sealed class UpdateTradingPartnerCommandHandler(
    ITradingPartnerRepository profiles, IPartnersUnitOfWork unitOfWork, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<UpdateTradingPartnerCommand, TradingPartnerDto>
{
    public async ValueTask<TradingPartnerDto> Handle(UpdateTradingPartnerCommand command, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Trading partner", command.Id);
        tenant.EnsureCanSee(SettingNames.Of(profile.PartnerKind), profile.PartnerId, "Trading partner", command.Id);
        if (profile.Version != command.ExpectedVersion)
        {
            throw PreconditionException.Failed();
        }

        profile.Change(command.Name.Trim(), command.Settings.ToDomain(), clock.GetUtcNow().UtcDateTime);
        await unitOfWork.CommitAsync(cancellationToken);
        return TradingPartnerDto.From(profile);
    }
}
