using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Partners.Domain.ApiClients;

/// <summary>
/// A rate-limit override names both the bucket size and the refill, each at least 1 and the refill no larger than
/// the bucket; half an override would silently mix with the defaults.
/// </summary>
public sealed class RateLimitOverrideMustBeCompleteRule(int? tokens, int? tokensPerPeriod) : IBusinessRule
{
    /// <inheritdoc />
    public bool IsBroken() => (tokens, tokensPerPeriod) switch
    {
        (null, null) => false,
        ({ } t, { } p) => t < 1 || p < 1 || p > t,
        _ => true,
    };

    /// <inheritdoc />
    public string Message => "A rate-limit override needs tokenLimit and tokensPerPeriod (both at least 1, tokensPerPeriod ≤ tokenLimit), or neither.";

    /// <inheritdoc />
    public string Code => "partners.rate-limit-incomplete";
}
