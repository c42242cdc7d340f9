using Distribution.Modules.Partners.Domain.Customers;
using Distribution.Modules.Partners.Domain.Suppliers;

namespace Distribution.Modules.Partners.Application.Abstractions;

/// <summary>Loads and adds customers.</summary>
public interface ICustomerRepository
{
    /// <summary>The customer with this account number, or null.</summary>
    Task<Customer?> GetAsync(string accountNumber, CancellationToken cancellationToken);

    /// <summary>True when the account number is taken.</summary>
    Task<bool> ExistsAsync(string accountNumber, CancellationToken cancellationToken);

    /// <summary>A page ordered by account number, after <paramref name="afterAccountNumber"/>.</summary>
    /// <param name="afterAccountNumber">The last account number of the previous page.</param>
    /// <param name="search">Only accounts whose number or name contains this.</param>
    /// <param name="onlyAccountNumber">Only this account (tenant restriction); null for all.</param>
    /// <param name="limit">Page size.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<Customer>> ListAsync(
        string? afterAccountNumber, string? search, string? onlyAccountNumber, int limit, CancellationToken cancellationToken);

    /// <summary>Adds a new customer.</summary>
    void Add(Customer customer);
}

/// <summary>Loads and adds suppliers.</summary>
public interface ISupplierRepository
{
    /// <summary>The supplier with this code, or null.</summary>
    Task<Supplier?> GetAsync(string code, CancellationToken cancellationToken);

    /// <summary>True when the code is taken.</summary>
    Task<bool> ExistsAsync(string code, CancellationToken cancellationToken);

    /// <summary>A page ordered by code, after <paramref name="afterCode"/>.</summary>
    /// <param name="afterCode">The last code of the previous page.</param>
    /// <param name="search">Only suppliers whose code or name contains this.</param>
    /// <param name="dropShipCapable">Only drop-ship capable (true) or not (false) suppliers.</param>
    /// <param name="onlyCode">Only this supplier (tenant restriction); null for all.</param>
    /// <param name="limit">Page size.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<Supplier>> ListAsync(
        string? afterCode, string? search, bool? dropShipCapable, string? onlyCode, int limit, CancellationToken cancellationToken);

    /// <summary>Adds a new supplier.</summary>
    void Add(Supplier supplier);
}
