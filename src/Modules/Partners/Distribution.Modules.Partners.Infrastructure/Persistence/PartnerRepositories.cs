using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.Customers;
using Distribution.Modules.Partners.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

internal sealed class CustomerRepository(PartnersDbContext context) : ICustomerRepository
{
    public Task<Customer?> GetAsync(string accountNumber, CancellationToken cancellationToken) =>
        context.Customers.SingleOrDefaultAsync(c => c.AccountNumber == accountNumber, cancellationToken);

    public Task<bool> ExistsAsync(string accountNumber, CancellationToken cancellationToken) =>
        context.Customers.AnyAsync(c => c.AccountNumber == accountNumber, cancellationToken);

    public async Task<IReadOnlyList<Customer>> ListAsync(
        string? afterAccountNumber, string? search, string? onlyAccountNumber, int limit, CancellationToken cancellationToken) =>
        await context.Customers.AsNoTracking()
            .Where(c => onlyAccountNumber == null || c.AccountNumber == onlyAccountNumber)
            .Where(c => afterAccountNumber == null || string.Compare(c.AccountNumber, afterAccountNumber) > 0)
            .Where(c => search == null || c.AccountNumber.Contains(search) || c.Name.Contains(search))
            .OrderBy(c => c.AccountNumber)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(Customer customer) => context.Customers.Add(customer);
}

internal sealed class SupplierRepository(PartnersDbContext context) : ISupplierRepository
{
    public Task<Supplier?> GetAsync(string code, CancellationToken cancellationToken) =>
        context.Suppliers.SingleOrDefaultAsync(s => s.Code == code, cancellationToken);

    public Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) =>
        context.Suppliers.AnyAsync(s => s.Code == code, cancellationToken);

    public async Task<IReadOnlyList<Supplier>> ListAsync(
        string? afterCode, string? search, bool? dropShipCapable, string? onlyCode, int limit, CancellationToken cancellationToken) =>
        await context.Suppliers.AsNoTracking()
            .Where(s => onlyCode == null || s.Code == onlyCode)
            .Where(s => afterCode == null || string.Compare(s.Code, afterCode) > 0)
            .Where(s => search == null || s.Code.Contains(search) || s.Name.Contains(search))
            .Where(s => dropShipCapable == null || s.DropShipCapable == dropShipCapable)
            .OrderBy(s => s.Code)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(Supplier supplier) => context.Suppliers.Add(supplier);
}
