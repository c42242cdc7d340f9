using System.Text.Json;
using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Application.TradingPartners;
using Distribution.Modules.Partners.Domain.PartnerTemplates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Partners.Infrastructure.PartnerTemplates;

/// <summary>
/// Loads the templates shipped in <c>partner-templates.json</c> (an embedded resource) on every start and adds any
/// (key, version) not yet stored. Templates are data: a changed template ships as a new version, never as an edit,
/// so profiles keep pointing at the version they were made from.
/// </summary>
internal sealed class PartnerTemplatesSeedTask : IStartupTask
{
    private const string ResourceName = "partner-templates.json";

    public int Order => 20;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var repository = services.GetRequiredService<IPartnerTemplateRepository>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var seed in await LoadAsync(cancellationToken))
        {
            if (await repository.ExistsAsync(seed.Key, seed.TemplateVersion, cancellationToken))
            {
                continue;
            }

            repository.Add(PartnerTemplate.Create(seed.Key, seed.TemplateVersion, seed.Name, seed.Description,
                SettingNames.ParsePartnerKind(seed.PartnerKind) ?? throw new InvalidOperationException($"Template {seed.Key}: unknown partner kind."),
                seed.Defaults.ToDomain(), seed.ClientScopes, now));
            added++;
        }

        if (added > 0)
        {
            await services.GetRequiredService<IPartnersUnitOfWork>().CommitAsync(cancellationToken);
            services.GetRequiredService<ILogger<PartnerTemplatesSeedTask>>().LogInformation("Added {Count} partner template versions", added);
        }
    }

    internal static async Task<IReadOnlyList<TemplateSeed>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(PartnerTemplatesSeedTask).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return await JsonSerializer.DeserializeAsync<List<TemplateSeed>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web), cancellationToken)
            ?? [];
    }

    internal sealed record TemplateSeed(
        string Key, int TemplateVersion, string Name, string Description, string PartnerKind, IReadOnlyList<string> ClientScopes,
        PartnerSettingsDto Defaults);
}
