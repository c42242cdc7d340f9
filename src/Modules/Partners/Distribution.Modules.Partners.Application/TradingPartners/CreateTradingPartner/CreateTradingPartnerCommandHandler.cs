using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.TradingPartners;
using Mediator;

namespace Distribution.Modules.Partners.Application.TradingPartners.CreateTradingPartner;

internal sealed class CreateTradingPartnerCommandHandler(
    ITradingPartnerRepository profiles, ICustomerRepository customers, ISupplierRepository suppliers,
    IPartnersUnitOfWork unitOfWork, TimeProvider clock) : ICommandHandler<CreateTradingPartnerCommand, TradingPartnerDto>
{
    public async ValueTask<TradingPartnerDto> Handle(CreateTradingPartnerCommand command, CancellationToken cancellationToken)
    {
        var kind = SettingNames.ParsePartnerKind(command.PartnerKind)!.Value;
        var partnerId = command.PartnerId.Trim();
        var exists = kind == PartnerKind.Customer
            ? await customers.ExistsAsync(partnerId, cancellationToken)
            : await suppliers.ExistsAsync(partnerId, cancellationToken);
        if (!exists)
        {
            throw RequestValidationException.For("partnerId", $"No {SettingNames.Of(kind)} '{partnerId}' exists.");
        }

        await EnsureNoProfileAsync(profiles, kind, partnerId, cancellationToken);
        var profile = TradingPartnerProfile.Create(kind, partnerId, command.Name.Trim(), command.Settings.ToDomain(), null, null,
            clock.GetUtcNow().UtcDateTime);
        profiles.Add(profile);
        await unitOfWork.CommitAsync(cancellationToken);
        return TradingPartnerDto.From(profile);
    }

    internal static async Task EnsureNoProfileAsync(
        ITradingPartnerRepository profiles, PartnerKind kind, string partnerId, CancellationToken cancellationToken)
    {
        if (await profiles.ExistsForAsync(kind, partnerId, cancellationToken))
        {
            throw new ConflictException("partners.profile-exists", $"The {SettingNames.Of(kind)} '{partnerId}' already has a trading-partner profile.");
        }
    }
}
