using Distribution.Modules.Partners.Application.ApiClients;
using Distribution.Modules.Partners.Application.Customers;
using Distribution.Modules.Partners.Application.Customers.CreateCustomer;
using Distribution.Modules.Partners.Application.Suppliers;
using Distribution.Modules.Partners.Application.Suppliers.CreateSupplier;
using Distribution.Modules.Partners.Application.TradingPartners;
using Mediator;

namespace Distribution.Modules.Partners.Application.PartnerTemplates.OnboardPartner;

/// <summary>
/// Onboards a partner from a template in one transaction: the customer or supplier, its trading-partner profile
/// (template defaults with the overrides applied) and its API client, whose key is returned once.
/// </summary>
/// <param name="TemplateId">The template version to start from.</param>
/// <param name="Customer">The customer to create (templates for customers).</param>
/// <param name="Supplier">The supplier to create (templates for suppliers).</param>
/// <param name="Overrides">Settings that differ from the template's defaults.</param>
public sealed record OnboardPartnerCommand(
    Guid TemplateId, CreateCustomerCommand? Customer, CreateSupplierCommand? Supplier, PartnerSettingsOverrides? Overrides)
    : ICommand<OnboardingResultDto>;

/// <summary>Settings that differ from a template's defaults; anything left out keeps the default.</summary>
/// <param name="Environment"><c>test</c> or <c>production</c>.</param>
/// <param name="IsaQualifier">ISA05/07 qualifier.</param>
/// <param name="IsaId">ISA06/08 interchange id.</param>
/// <param name="GsApplicationId">GS02/03 application id.</param>
/// <param name="X12Version">X12 version.</param>
/// <param name="AcknowledgementPolicy"><c>none</c>, <c>always</c> or <c>on-error</c>.</param>
/// <param name="DuplicateCheckWindowHours">Duplicate-check window in hours.</param>
/// <param name="PreferredIdentifier"><c>sku</c>, <c>gtin</c>, <c>vendor-part</c> or <c>buyer-part</c>.</param>
/// <param name="PreferredUnit">Unit the partner orders in.</param>
/// <param name="Documents">Channels (replace the template's list as a whole).</param>
public sealed record PartnerSettingsOverrides(
    string? Environment = null, string? IsaQualifier = null, string? IsaId = null, string? GsApplicationId = null, string? X12Version = null,
    string? AcknowledgementPolicy = null, int? DuplicateCheckWindowHours = null, string? PreferredIdentifier = null,
    string? PreferredUnit = null, IReadOnlyList<DocumentChannelDto>? Documents = null)
{
    internal PartnerSettingsDto ApplyTo(PartnerSettingsDto defaults) => new(
        Environment ?? defaults.Environment, IsaQualifier ?? defaults.IsaQualifier, IsaId ?? defaults.IsaId,
        GsApplicationId ?? defaults.GsApplicationId, X12Version ?? defaults.X12Version, AcknowledgementPolicy ?? defaults.AcknowledgementPolicy,
        DuplicateCheckWindowHours ?? defaults.DuplicateCheckWindowHours, PreferredIdentifier ?? defaults.PreferredIdentifier,
        PreferredUnit ?? defaults.PreferredUnit, Documents ?? defaults.Documents);
}

/// <summary>What onboarding created. The API key is shown here once and never again.</summary>
/// <param name="PartnerKind"><c>customer</c> or <c>supplier</c>.</param>
/// <param name="PartnerId">Account number or supplier code.</param>
/// <param name="Customer">The customer created (customer templates).</param>
/// <param name="Supplier">The supplier created (supplier templates).</param>
/// <param name="TradingPartner">The profile created.</param>
/// <param name="ApiKey">The partner's API client and its first key.</param>
public sealed record OnboardingResultDto(
    string PartnerKind, string PartnerId, CustomerDto? Customer, SupplierDto? Supplier, TradingPartnerDto TradingPartner, IssuedApiKeyDto ApiKey);
