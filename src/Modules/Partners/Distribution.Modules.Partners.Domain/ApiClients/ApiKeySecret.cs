using System.Security.Cryptography;
using System.Text;

namespace Distribution.Modules.Partners.Domain.ApiClients;

/// <summary>
/// A freshly generated key: <c>dih_&lt;prefix&gt;_&lt;secret&gt;</c>. The prefix finds the stored key without a
/// table scan; the hash proves the caller holds the rest.
/// </summary>
public sealed record ApiKeySecret(string PlainText, string Prefix, string Hash)
{
    private const string Marker = "dih";
    private const int PrefixBytes = 6;
    private const int SecretBytes = 32;

    /// <summary>Length of a generated key: marker, hex prefix and unpadded base64url secret, joined by '_'.</summary>
    public const int GeneratedLength = 3 + 1 + (PrefixBytes * 2) + 1 + (((SecretBytes * 4) + 2) / 3);

    /// <summary>Makes a new random key.</summary>
    public static ApiKeySecret Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixBytes));
        var secret = Base64UrlSecret(SecretBytes);
        var plain = $"{Marker}_{prefix}_{secret}";
        return new ApiKeySecret(plain, prefix, HashOf(plain));
    }

    /// <summary>Uses a key given in configuration (the bootstrap admin key), checked for length.</summary>
    public static ApiKeySecret FromConfigured(string plainText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(plainText);
        if (plainText.Length < 32)
        {
            throw new ArgumentException("A configured API key must be at least 32 characters long.", nameof(plainText));
        }

        return new ApiKeySecret(plainText, PrefixOf(plainText) ?? plainText[..12], HashOf(plainText));
    }

    /// <summary>The lookup prefix of a presented key: the middle part of a generated key, else its first 12 characters.</summary>
    public static string? PrefixOf(string presented)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length < 12)
        {
            return null;
        }

        var parts = presented.Split('_');
        return parts.Length == 3 && parts[0] == Marker ? parts[1] : presented[..12];
    }

    /// <summary>Hex SHA-256 of a key.</summary>
    public static string HashOf(string plainText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainText)));

    /// <summary>Constant-time comparison of a presented key with a stored hash.</summary>
    public static bool Matches(string presented, string storedHash) => CryptographicOperations.FixedTimeEquals(
        Encoding.ASCII.GetBytes(HashOf(presented)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64UrlSecret(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', 'x');
}
