using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.ApiClients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Partners.Infrastructure.Authentication;

/// <summary>
/// First start: when no admin client exists, <c>Security:BootstrapAdminApiKey</c> becomes the first admin key; when
/// none is configured a key is generated and written to the log once. There is never a built-in default key.
/// </summary>
internal sealed class BootstrapAdminKeyStartupTask(IConfiguration configuration) : IStartupTask
{
    public const string ConfigurationKey = "Security:BootstrapAdminApiKey";

    public int Order => 10;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var clients = services.GetRequiredService<IApiClientRepository>();
        if (await clients.AnyAdminAsync(cancellationToken))
        {
            return;
        }

        var configured = configuration[ConfigurationKey];
        var secret = string.IsNullOrWhiteSpace(configured) ? ApiKeySecret.Generate() : ApiKeySecret.FromConfigured(configured);
        var clock = services.GetRequiredService<TimeProvider>();
        var (admin, _) = ApiClient.Create("Bootstrap admin", ApiClientKind.Admin, null, [], clock.GetUtcNow().UtcDateTime, null, secret);
        clients.Add(admin);
        await services.GetRequiredService<IPartnersUnitOfWork>().CommitAsync(cancellationToken);

        var logger = services.GetRequiredService<ILogger<BootstrapAdminKeyStartupTask>>();
        if (string.IsNullOrWhiteSpace(configured))
        {
            // The one time this key is ever shown: the operator copies it from the first start's log.
            logger.LogWarning("No admin API client existed, so one was created. Admin API key (shown once): {AdminApiKey}", secret.PlainText);
        }
        else
        {
            logger.LogInformation("Admin API client created from {ConfigurationKey} (key prefix {Prefix})", ConfigurationKey, secret.Prefix);
        }
    }
}
