using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Distribution.IntegrationTests.Infrastructure;

/// <summary>Small helpers for calling the hub's JSON API and reading answers as JSON nodes.</summary>
public static class Api
{
    /// <summary>Reads the body as a JSON object (fails the test when it is not one).</summary>
    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject
            ?? throw new AssertionException($"Expected a JSON object from {response.RequestMessage?.RequestUri}, got: {text}");
    }

    /// <summary>Fails with the body when the status is not a success, else reads the JSON object.</summary>
    public static async Task<JsonObject> SuccessJsonAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered "
                + $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.JsonAsync();
    }

    /// <summary>POSTs <paramref name="body"/> as JSON and reads the successful answer.</summary>
    public static async Task<JsonObject> PostOkAsync(this HttpClient client, string url, object body)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync(url, body);
        return await response.SuccessJsonAsync();
    }

    /// <summary>GETs <paramref name="url"/> and reads the successful answer.</summary>
    public static async Task<JsonObject> GetOkAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await response.SuccessJsonAsync();
    }

    /// <summary>A string property (null when missing).</summary>
    public static string? Str(this JsonNode? node, string name) => node?[name]?.GetValue<string>();
}
