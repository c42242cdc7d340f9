using System.Text.Json;
using System.Text.Json.Nodes;

namespace Distribution.BuildingBlocks.Infrastructure.Auditing;

/// <summary>
/// Makes a request body safe for the audit log: JSON bodies keep their shape with every secret-looking property
/// (keys, secrets, passwords, tokens) replaced by <c>***</c>; anything that is not JSON is not stored at all.
/// </summary>
public static class SecretRedactor
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "***";

    /// <summary>Longest details stored.</summary>
    public const int MaxLength = 8000;

    private static readonly string[] SecretWords = ["secret", "password", "passphrase", "token", "apikey", "privatekey", "signingkey", "credential"];

    /// <summary>True when a property of this name holds a secret.</summary>
    public static bool IsSecretName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)
            .ToLowerInvariant();
        return lower == "key" || lower == "authorization" || SecretWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The body to store: redacted JSON, or a note saying what was left out.</summary>
    public static string? Redact(string? contentType, string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return $"[{contentType ?? "unknown content"}, {body.Length} characters, not stored]";
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return $"[malformed JSON, {body.Length} characters, not stored]";
        }

        Scrub(node);
        var json = node?.ToJsonString() ?? "null";
        return json.Length <= MaxLength ? json : json[..(MaxLength - 12)] + "…[truncated]";
    }

    private static void Scrub(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (IsSecretName(name) && obj[name] is not null)
                    {
                        obj[name] = Mask;
                    }
                    else
                    {
                        Scrub(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Scrub(item);
                }

                break;
        }
    }
}
