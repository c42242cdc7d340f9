using Distribution.Modules.Partners.Domain.PartnerTemplates;
using Distribution.Modules.Partners.Domain.TradingPartners;

namespace Distribution.Modules.Partners.Application.Abstractions;

/// <summary>Loads and adds trading-partner profiles.</summary>
public interface ITradingPartnerRepository
{
    /// <summary>The profile, or null.</summary>
    Task<TradingPartnerProfile?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>True when the partner already has a profile.</summary>
    Task<bool> ExistsForAsync(PartnerKind kind, string partnerId, CancellationToken cancellationToken);

    /// <summary>A page ordered by id after <paramref name="afterId"/>, optionally only one partner's (tenant restriction).</summary>
    Task<IReadOnlyList<TradingPartnerProfile>> ListAsync(
        Guid? afterId, PartnerKind? kind, string? onlyPartnerId, int limit, CancellationToken cancellationToken);

    /// <summary>Adds a profile.</summary>
    void Add(TradingPartnerProfile profile);
}

/// <summary>Loads and adds partner templates.</summary>
public interface IPartnerTemplateRepository
{
    /// <summary>The template version, or null.</summary>
    Task<PartnerTemplate?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>True when this key and version exist.</summary>
    Task<bool> ExistsAsync(string key, int version, CancellationToken cancellationToken);

    /// <summary>Every template version, by key then version.</summary>
    Task<IReadOnlyList<PartnerTemplate>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds a template version.</summary>
    void Add(PartnerTemplate template);
}
