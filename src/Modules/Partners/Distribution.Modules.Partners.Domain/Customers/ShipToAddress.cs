namespace Distribution.Modules.Partners.Domain.Customers;

/// <summary>A place a customer has goods delivered to; <paramref name="Code"/> is unique within the customer.</summary>
/// <param name="Code">The customer's code for the location (EDI N1*ST identifier).</param>
/// <param name="Name">Location name.</param>
/// <param name="Line1">Street address.</param>
/// <param name="Line2">Further address line.</param>
/// <param name="City">City.</param>
/// <param name="Region">State or region.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 country code.</param>
public sealed record ShipToAddress(
    string Code, string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode);
