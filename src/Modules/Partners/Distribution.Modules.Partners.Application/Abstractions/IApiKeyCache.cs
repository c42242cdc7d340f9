namespace Distribution.Modules.Partners.Application.Abstractions;

/// <summary>Short-lived cache of authenticated keys; a revoked key is forgotten at once.</summary>
public interface IApiKeyCache
{
    /// <summary>Drops any cached result for keys with this prefix.</summary>
    void Forget(string prefix);
}
