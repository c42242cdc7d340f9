using Distribution.Modules.Partners.Domain.Customers;

namespace Distribution.Modules.Partners.Application.Customers;

/// <summary>A customer account.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="AccountNumber">Unique account number (the key in routes, EDI and API keys).</param>
/// <param name="Name">Account name.</param>
/// <param name="Status"><c>active</c>, <c>on-hold</c> or <c>closed</c>.</param>
/// <param name="ParentAccountNumber">Parent account in the customer hierarchy, if any.</param>
/// <param name="ShipTos">Delivery addresses.</param>
/// <param name="CreditLimit">Credit limit in the account currency.</param>
/// <param name="PaymentTerms">Payment terms code, e.g. <c>NET30</c>.</param>
/// <param name="CreatedAt">Created (UTC).</param>
/// <param name="UpdatedAt">Last changed (UTC).</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record CustomerDto(
    Guid Id, string AccountNumber, string Name, string Status, string? ParentAccountNumber, IReadOnlyList<ShipToAddressDto> ShipTos,
    decimal CreditLimit, string PaymentTerms, DateTime CreatedAt, DateTime UpdatedAt, long Version)
{
    internal static CustomerDto From(Customer customer) => new(
        customer.Id, customer.AccountNumber, customer.Name, CustomerStatuses.Name(customer.Status), customer.ParentAccountNumber,
        customer.ShipTos.Select(ShipToAddressDto.From).ToList(), customer.CreditLimit, customer.PaymentTerms,
        customer.CreatedAtUtc, customer.UpdatedAtUtc, customer.Version);
}

/// <summary>A delivery address of a customer.</summary>
/// <param name="Code">The customer's code for the location, unique per customer (EDI N1*ST).</param>
/// <param name="Name">Location name.</param>
/// <param name="Line1">Street address.</param>
/// <param name="Line2">Further address line.</param>
/// <param name="City">City.</param>
/// <param name="Region">State or region.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 country code, e.g. <c>US</c>.</param>
public sealed record ShipToAddressDto(
    string Code, string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode)
{
    internal static ShipToAddressDto From(ShipToAddress a) => new(a.Code, a.Name, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.CountryCode);

    internal ShipToAddress ToDomain() => new(Code.Trim(), Name.Trim(), Line1.Trim(), Line2?.Trim(), City.Trim(), Region?.Trim(),
        PostalCode.Trim(), CountryCode.Trim().ToUpperInvariant());
}

/// <summary>Status names as clients see them.</summary>
public static class CustomerStatuses
{
    /// <summary>Every accepted name.</summary>
    public static IReadOnlyList<string> Names { get; } = ["active", "on-hold", "closed"];

    /// <summary>The client-facing name of a status.</summary>
    public static string Name(CustomerStatus status) => status switch
    {
        CustomerStatus.OnHold => "on-hold",
        CustomerStatus.Closed => "closed",
        _ => "active",
    };

    /// <summary>Parses a client-facing name (case-insensitive); null when unknown.</summary>
    public static CustomerStatus? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "active" => CustomerStatus.Active,
        "on-hold" => CustomerStatus.OnHold,
        "closed" => CustomerStatus.Closed,
        _ => null,
    };
}
