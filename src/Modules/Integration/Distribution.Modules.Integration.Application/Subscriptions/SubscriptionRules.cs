using System.Text.RegularExpressions;
using FluentValidation;

namespace Distribution.Modules.Integration.Application.Subscriptions;

/// <summary>Field rules shared by the subscription commands.</summary>
internal static partial class SubscriptionRules
{
    public static IRuleBuilderOptions<T, string> ValidEventType<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty()
        .Must(t => EventTypePattern().IsMatch(t ?? string.Empty))
        .WithMessage("Use an event type such as 'catalog.item-created.v1', a prefix such as 'catalog.*', or '*'.");

    public static IRuleBuilderOptions<T, string> ValidWebhookUrl<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty()
        .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.UserInfo))
        .WithMessage("The URL must be an absolute http or https URL without credentials.");

    [GeneratedRegex(@"^(\*|[a-z][a-z0-9]*\.\*|[a-z][a-z0-9]*\.[a-z0-9]+(-[a-z0-9]+)*\.v[0-9]+)$")]
    private static partial Regex EventTypePattern();
}
