using Distribution.Modules.Partners.Domain.ApiClients;

namespace Distribution.Modules.Partners.Application.Abstractions;

/// <summary>Loads and adds API clients.</summary>
public interface IApiClientRepository
{
    /// <summary>The client with its keys, or null.</summary>
    Task<ApiClient?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The clients owning a key with this prefix (normally one).</summary>
    Task<IReadOnlyList<ApiClient>> FindByKeyPrefixAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>True when an admin client exists.</summary>
    Task<bool> AnyAdminAsync(CancellationToken cancellationToken);

    /// <summary>A page of clients ordered by id, after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<ApiClient>> ListAsync(Guid? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Adds a new client.</summary>
    void Add(ApiClient client);
}
