using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Distribution.BuildingBlocks.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Distribution.Host.Setup;

/// <summary>The <c>RateLimiting</c> configuration section: the default token bucket of every API client.</summary>
internal sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Off: no limits, no headers.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Bucket size: the burst a client may send at once.</summary>
    public int TokenLimit { get; set; } = 100;

    /// <summary>Tokens added each <see cref="ReplenishmentPeriod"/>.</summary>
    public int TokensPerPeriod { get; set; } = 20;

    /// <summary>How often tokens are added.</summary>
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Per-client token buckets (ASP.NET Core rate limiting, partitioned by API client id). A client's own limit (stored
/// on the API client, carried as claims) replaces the configured default; it is part of the partition key, so a
/// changed limit starts a fresh bucket. Unauthenticated <c>/api</c> calls share a bucket per remote address (so
/// guessing keys is throttled too). Every <c>/api</c> response carries <c>RateLimit-Limit</c> and
/// <c>RateLimit-Remaining</c>; a rejected one is a 429 problem with <c>Retry-After</c>.
/// </summary>
internal sealed class ClientRateLimiter : IDisposable
{
    public const string LimitHeader = "RateLimit-Limit";
    public const string RemainingHeader = "RateLimit-Remaining";
    public const string ResetHeader = "RateLimit-Reset";

    private readonly RateLimitingOptions _options;

    public ClientRateLimiter(IOptions<RateLimitingOptions> options)
    {
        _options = options.Value;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>The bucket size that applies to this request, or null when it is not limited.</summary>
    public int? LimitFor(HttpContext context) => IsLimited(context) ? BucketFor(context.User).TokenLimit : null;

    /// <summary>Writes <c>RateLimit-Limit</c>, <c>-Remaining</c> and <c>-Reset</c> (seconds until the bucket is full again).</summary>
    public void WriteHeaders(HttpContext context, long? remainingOverride = null)
    {
        if (!IsLimited(context))
        {
            return;
        }

        var (tokenLimit, tokensPerPeriod) = BucketFor(context.User);
        var remaining = remainingOverride ?? Limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
        var periodsToFull = (long)Math.Ceiling(Math.Max(0, tokenLimit - remaining) / (double)tokensPerPeriod);
        var reset = (long)Math.Ceiling(periodsToFull * _options.ReplenishmentPeriod.TotalSeconds);
        var headers = context.Response.Headers;
        headers[LimitHeader] = tokenLimit.ToString(CultureInfo.InvariantCulture);
        headers[RemainingHeader] = remaining.ToString(CultureInfo.InvariantCulture);
        headers[ResetHeader] = reset.ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose() => Limiter.Dispose();

    private bool IsLimited(HttpContext context) => _options.Enabled && context.Request.Path.StartsWithSegments("/api");

    private RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!IsLimited(context))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var bucket = BucketFor(context.User);
        var clientId = context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.User.Identity.Name ?? "unknown"
            : $"anonymous:{context.Connection.RemoteIpAddress}";
        return RateLimitPartition.GetTokenBucketLimiter($"{clientId}|{bucket.TokenLimit}|{bucket.TokensPerPeriod}", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = bucket.TokenLimit,
            TokensPerPeriod = bucket.TokensPerPeriod,
            ReplenishmentPeriod = _options.ReplenishmentPeriod,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private (int TokenLimit, int TokensPerPeriod) BucketFor(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClientClaims.RateLimitTokens), CultureInfo.InvariantCulture, out var tokens)
        && int.TryParse(user.FindFirstValue(ClientClaims.RateLimitTokensPerPeriod), CultureInfo.InvariantCulture, out var perPeriod)
            ? (tokens, perPeriod)
            : (_options.TokenLimit, _options.TokensPerPeriod);
}

internal static class RateLimitingSetup
{
    public static void AddHubRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitingOptions>(configuration.GetSection(RateLimitingOptions.SectionName));
        services.AddSingleton<ClientRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ClientRateLimiter>((options, limiter) =>
        {
            options.GlobalLimiter = limiter.Limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
    }

    /// <summary>Rate limiting after authentication (buckets are per client), then the headers on every limited response.</summary>
    public static void UseHubRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            var limiter = context.RequestServices.GetRequiredService<ClientRateLimiter>();
            if (limiter.LimitFor(context) is not null)
            {
                context.Response.OnStarting(() =>
                {
                    limiter.WriteHeaders(context);
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var limiter = context.RequestServices.GetRequiredService<ClientRateLimiter>();
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        limiter.WriteHeaders(context, remainingOverride: 0);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This client's rate limit is used up; retry after {seconds} s.",
            },
        });
    }
}
