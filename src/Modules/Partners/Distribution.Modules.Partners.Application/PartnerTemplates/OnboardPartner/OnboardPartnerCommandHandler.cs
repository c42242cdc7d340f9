using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Application.ApiClients;
using Distribution.Modules.Partners.Application.Customers;
using Distribution.Modules.Partners.Application.Customers.CreateCustomer;
using Distribution.Modules.Partners.Application.Suppliers;
using Distribution.Modules.Partners.Application.Suppliers.CreateSupplier;
using Distribution.Modules.Partners.Application.TradingPartners;
using Distribution.Modules.Partners.Application.TradingPartners.CreateTradingPartner;
using Distribution.Modules.Partners.Domain.ApiClients;
using Distribution.Modules.Partners.Domain.TradingPartners;
using Mediator;

namespace Distribution.Modules.Partners.Application.PartnerTemplates.OnboardPartner;

// Everything is added to one unit of work and committed by one SaveChanges: either the partner, its profile and its
// API client all exist afterwards, or none of them does.
internal sealed class OnboardPartnerCommandHandler(
    IPartnerTemplateRepository templates, ICustomerRepository customers, ISupplierRepository suppliers,
    ITradingPartnerRepository profiles, IApiClientRepository clients, IPartnersUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<OnboardPartnerCommand, OnboardingResultDto>
{
    public async ValueTask<OnboardingResultDto> Handle(OnboardPartnerCommand command, CancellationToken cancellationToken)
    {
        var template = await templates.GetAsync(command.TemplateId, cancellationToken)
            ?? throw new NotFoundException("Partner template", command.TemplateId);
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = SettingsFor(template.Defaults, command.Overrides);

        CustomerDto? customerDto = null;
        SupplierDto? supplierDto = null;
        string partnerId;
        string name;
        if (template.PartnerKind == PartnerKind.Customer)
        {
            var customer = await CreateCustomerCommandHandler.CreateAsync(customers,
                command.Customer ?? throw RequestValidationException.For("customer", $"The template '{template.Name}' onboards a customer."),
                now, cancellationToken);
            customers.Add(customer);
            (partnerId, name, customerDto) = (customer.AccountNumber, customer.Name, CustomerDto.From(customer));
        }
        else
        {
            var supplier = await CreateSupplierCommandHandler.CreateAsync(suppliers,
                command.Supplier ?? throw RequestValidationException.For("supplier", $"The template '{template.Name}' onboards a supplier."),
                now, cancellationToken);
            suppliers.Add(supplier);
            (partnerId, name, supplierDto) = (supplier.Code, supplier.Name, SupplierDto.From(supplier));
        }

        await CreateTradingPartnerCommandHandler.EnsureNoProfileAsync(profiles, template.PartnerKind, partnerId, cancellationToken);
        var profile = TradingPartnerProfile.Create(template.PartnerKind, partnerId, name, settings, template.Key, template.TemplateVersion, now);
        profiles.Add(profile);

        var clientKind = template.PartnerKind == PartnerKind.Customer ? ApiClientKind.Customer : ApiClientKind.Supplier;
        var (client, secret) = ApiClient.Create($"{name} ({template.Name})", clientKind, partnerId, template.ClientScopes, now, null);
        clients.Add(client);

        await unitOfWork.CommitAsync(cancellationToken);
        var key = client.Keys.Single();
        return new OnboardingResultDto(SettingNames.Of(template.PartnerKind), partnerId, customerDto, supplierDto,
            TradingPartnerDto.From(profile), new IssuedApiKeyDto(client.Id, key.Id, secret.PlainText, key.ExpiresAtUtc));
    }

    // The merged settings are checked field by field like a request, with names under "overrides".
    private static PartnerSettings SettingsFor(PartnerSettings defaults, PartnerSettingsOverrides? overrides)
    {
        var merged = (overrides ?? new PartnerSettingsOverrides()).ApplyTo(PartnerSettingsDto.From(defaults));
        var result = new PartnerSettingsValidator().Validate(merged);
        if (!result.IsValid)
        {
            throw new RequestValidationException(result.Errors
                .GroupBy(e => "overrides." + char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..])
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
        }

        return merged.ToDomain();
    }
}
