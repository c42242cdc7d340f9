using System.Net.Http.Headers;
using System.Text;
using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Domain.Subscriptions;

namespace Distribution.Modules.Integration.Infrastructure.Webhooks;

/// <summary>
/// POSTs a webhook with the Standard Webhooks headers (<c>webhook-id</c> = the event id, stable across retries, so
/// receivers can deduplicate) and the correlation id. No retries here: the message log's state machine retries,
/// durably, with backoff.
/// </summary>
internal sealed class HttpWebhookSender(IHttpClientFactory httpClients, TimeProvider clock) : IWebhookSender
{
    public const string ClientName = "webhooks";

    public async Task<string?> SendAsync(WebhookSubscription subscription, OutboundMessage message, CancellationToken cancellationToken)
    {
        var body = message.Payload ?? "{}";
        var id = message.EventId.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(subscription.Secret, id, timestamp, body));
        if (message.CorrelationId is not null)
        {
            request.Headers.Add(CorrelationContext.HeaderName, message.CorrelationId);
        }

        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("DistributionHub", "1.0"));
        try
        {
            using var response = await httpClients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException exception)
        {
            return $"Network error: {exception.Message}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "Timed out waiting for the receiver.";
        }
    }
}
