namespace Distribution.Modules.Catalog.Domain.Items;

/// <summary>
/// Normalises and checks identifiers. Every identifier has a lookup key: a GTIN and the UPC with the same digits share
/// one (the GTIN-14 form), so "one identifier, one item" holds however a partner writes the number.
/// </summary>
public static class IdentifierFormat
{
    /// <summary>Checks <paramref name="value"/>; on success gives its stored form and lookup key, else why it is refused.</summary>
    public static bool TryNormalise(IdentifierKind kind, string? value, out string normalised, out string lookupKey, out string error)
    {
        normalised = lookupKey = error = string.Empty;
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            error = "The identifier is empty.";
            return false;
        }

        switch (kind)
        {
            case IdentifierKind.Gtin or IdentifierKind.Upc:
                if (!GtinError(kind, trimmed, out error))
                {
                    return false;
                }

                normalised = trimmed;
                lookupKey = GtinKey(trimmed);
                return true;
            default:
                if (trimmed.Length > 64)
                {
                    error = "A part number has at most 64 characters.";
                    return false;
                }

                normalised = trimmed;
                lookupKey = (kind == IdentifierKind.ManufacturerPart ? "MPN:" : "VPN:") + trimmed.ToUpperInvariant();
                return true;
        }
    }

    /// <summary>The lookup key of a GTIN or UPC whose digits are already checked: <c>GTIN:</c> + GTIN-14.</summary>
    public static string GtinKey(string digits) => "GTIN:" + digits.PadLeft(14, '0');

    /// <summary>True when <paramref name="digits"/> end in the right GS1 mod-10 check digit.</summary>
    public static bool HasValidCheckDigit(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var sum = 0;
        // From the right, excluding the check digit: weights 3, 1, 3, 1, …
        for (var i = digits.Length - 2; i >= 0; i--)
        {
            var weight = (digits.Length - 2 - i) % 2 == 0 ? 3 : 1;
            sum += (digits[i] - '0') * weight;
        }

        return (10 - (sum % 10)) % 10 == digits[^1] - '0';
    }

    private static bool GtinError(IdentifierKind kind, string digits, out string error)
    {
        error = string.Empty;
        if (!digits.All(char.IsAsciiDigit))
        {
            error = $"A {Name(kind)} has digits only.";
        }
        else if (kind == IdentifierKind.Upc && digits.Length != 12)
        {
            error = "A UPC-A has 12 digits.";
        }
        else if (kind == IdentifierKind.Gtin && digits.Length is not (8 or 12 or 13 or 14))
        {
            error = "A GTIN has 8, 12, 13 or 14 digits.";
        }
        else if (!HasValidCheckDigit(digits))
        {
            error = $"The check digit of {Name(kind)} {digits} is wrong.";
        }

        return error.Length == 0;
    }

    private static string Name(IdentifierKind kind) => kind == IdentifierKind.Upc ? "UPC" : "GTIN";
}
