using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.Modules.Integration.Infrastructure.Demo;

/// <summary>
/// Demo data (<c>Demo:Seed=true</c>): one subscription to every event, pointing at the demo receiver the host
/// serves itself (<c>Demo:WebhookReceiverUrl</c>), so deliveries show up as sent and harm nobody.
/// </summary>
internal sealed class IntegrationDemoData(IConfiguration configuration) : IStartupTask
{
    private const string DefaultReceiverUrl = "http://localhost:5080/demo/webhook-receiver";

    public int Order => 100;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Demo:Seed"))
        {
            return;
        }

        var subscriptions = services.GetRequiredService<ISubscriptionRepository>();
        if ((await subscriptions.ListAsync(null, 1, cancellationToken)).Count > 0)
        {
            return;
        }

        var url = new Uri(configuration["Demo:WebhookReceiverUrl"] ?? DefaultReceiverUrl);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        subscriptions.Add(WebhookSubscription.Create("Demo receiver (all events)", "*", url, "demo-secret-for-the-local-receiver-only", 3, now));
        await services.GetRequiredService<IIntegrationUnitOfWork>().CommitAsync(cancellationToken);
    }
}
