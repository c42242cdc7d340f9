using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.ApiClients;
using Distribution.Modules.Partners.Domain.Customers;
using Distribution.Modules.Partners.Domain.Suppliers;
using Distribution.Modules.Partners.Domain.TradingPartners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Partners.Infrastructure.Demo;

/// <summary>
/// Demo partners (<c>Demo:Seed=true</c>), what the Swagger examples refer to: customers C-1000 (a buying group),
/// C-1001 (a VICS EDI retailer with a profile) and C-1002 (no profile yet), suppliers S-2000 (drop-ship, X12) and
/// S-2001 (CSV feed), each with an API key bound to it. The keys are generated and logged once, like the first
/// admin key; there are no built-in keys, not even for the demo.
/// </summary>
internal sealed class PartnersDemoData(IConfiguration configuration) : IStartupTask
{
    public int Order => 100;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var customers = services.GetRequiredService<ICustomerRepository>();
        if (!configuration.GetValue<bool>("Demo:Seed") || await customers.ExistsAsync("C-1000", cancellationToken))
        {
            return;
        }

        var suppliers = services.GetRequiredService<ISupplierRepository>();
        var profiles = services.GetRequiredService<ITradingPartnerRepository>();
        var clients = services.GetRequiredService<IApiClientRepository>();
        var templates = await services.GetRequiredService<IPartnerTemplateRepository>().ListAsync(cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var keys = new List<(string Partner, string Key)>();

        customers.Add(Customer.Create("C-1000", "Northwind Traders", CustomerStatus.Active, null, false,
            [new ShipToAddress("DC1", "Northwind distribution centre", "400 Commerce Way", null, "Columbus", "OH", "43004", "US")],
            50000m, "NET30", now));
        customers.Add(Customer.Create("C-1001", "Contoso Retail", CustomerStatus.Active, "C-1000", true,
            [
                new ShipToAddress("ST-0042", "Contoso store 42", "42 Market St", null, "Springfield", "IL", "62701", "US"),
                new ShipToAddress("DC-WEST", "Contoso west DC", "9 Freight Rd", "Dock 4", "Reno", "NV", "89502", "US"),
            ],
            250000m, "NET45", now));
        customers.Add(Customer.Create("C-1002", "Fabrikam Online", CustomerStatus.Active, null, false, [], 10000m, "PREPAID", now));
        suppliers.Add(Supplier.Create("S-2000", "Acme Industrial Supply", true, 2, 250m, now));
        suppliers.Add(Supplier.Create("S-2001", "Globex Fasteners", false, 7, 1000m, now));

        AddProfile("vics-retailer-x12-4010", PartnerKind.Customer, "C-1001", "Contoso Retail EDI", "CONTOSOTEST", "CONTOSO");
        AddProfile("drop-ship-supplier-x12-4010", PartnerKind.Supplier, "S-2000", "Acme drop-ship EDI", "ACMETEST", "ACME");
        AddProfile("supplier-csv-sftp", PartnerKind.Supplier, "S-2001", "Globex CSV feed", null, null);

        AddClient("C-1000", ApiClientKind.Customer, ["catalog:read", "inventory:read", "orders:read", "orders:write", "partners:read", "pricing:read"]);
        AddClient("C-1001", ApiClientKind.Customer, ["catalog:read", "inventory:read", "orders:read", "partners:read", "pricing:read"]);
        AddClient("S-2000", ApiClientKind.Supplier, ["catalog:read", "orders:read", "partners:read"]);

        await services.GetRequiredService<IPartnersUnitOfWork>().CommitAsync(cancellationToken);
        var logger = services.GetRequiredService<ILogger<PartnersDemoData>>();
        foreach (var (partner, key) in keys)
        {
            // Demo only: shown once so a newcomer can try tenant isolation from Swagger with a partner's key.
            logger.LogWarning("Demo API key for partner {PartnerId} (shown once): {DemoApiKey}", partner, key);
        }

        void AddProfile(string templateKey, PartnerKind kind, string partnerId, string name, string? isaId, string? gsId)
        {
            var template = templates.Where(t => t.Key == templateKey).MaxBy(t => t.TemplateVersion)
                ?? throw new InvalidOperationException($"Template {templateKey} is missing.");
            var settings = template.Defaults with { IsaId = isaId ?? template.Defaults.IsaId, GsApplicationId = gsId ?? template.Defaults.GsApplicationId };
            profiles.Add(TradingPartnerProfile.Create(kind, partnerId, name, settings, template.Key, template.TemplateVersion, now));
        }

        void AddClient(string partnerId, ApiClientKind kind, string[] scopes)
        {
            var (client, secret) = ApiClient.Create($"Demo {partnerId}", kind, partnerId, scopes, now, null);
            clients.Add(client);
            keys.Add((partnerId, secret.PlainText));
        }
    }
}
