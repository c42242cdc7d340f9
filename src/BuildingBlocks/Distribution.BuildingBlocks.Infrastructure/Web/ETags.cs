using Distribution.BuildingBlocks.Application.Errors;
using Microsoft.AspNetCore.Http;

namespace Distribution.BuildingBlocks.Infrastructure.Web;

/// <summary>ETags from the version column, and the <c>If-Match</c> rules (missing → 428, stale → 412).</summary>
public static class ETags
{
    /// <summary>The strong ETag of a version: <c>"7"</c>.</summary>
    public static string For(long version) => $"\"{version}\"";

    /// <summary>Sets the ETag response header.</summary>
    public static void Set(HttpResponse response, long version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = For(version);
    }

    /// <summary>The version the client expects, from <c>If-Match</c>; throws 428 when absent, 412 when unreadable.</summary>
    public static long RequiredVersion(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ifMatch = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw PreconditionException.Required();
        }

        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return long.TryParse(value.Trim('"'), out var version) ? version : throw PreconditionException.Failed();
    }
}
