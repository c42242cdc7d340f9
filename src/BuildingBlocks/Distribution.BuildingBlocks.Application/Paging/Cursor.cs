using System.Buffers.Text;
using System.Text;
using Distribution.BuildingBlocks.Application.Errors;

namespace Distribution.BuildingBlocks.Application.Paging;

/// <summary>
/// Opaque keyset cursors: the last key of a page, base64url-encoded. Clients must not parse them; keyset paging
/// stays correct while rows are inserted, unlike offsets.
/// </summary>
public static class Cursor
{
    /// <summary>Page size when the client asks for none.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Largest page a client may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>
    /// Longest cursor the API issues or accepts: a page's last key is a few ids, SKUs or timestamps, far below this
    /// once encoded; a longer cursor is not one of ours.
    /// </summary>
    public const int MaxLength = 1024;

    /// <summary>Encodes the last key of a page.</summary>
    public static string Encode(string lastKey)
    {
        var cursor = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastKey));
        return cursor.Length <= MaxLength
            ? cursor
            : throw new InvalidOperationException($"A paging key of {lastKey.Length} characters does not fit in a cursor.");
    }

    /// <summary>Decodes a cursor; a tampered one is a 400 naming the <c>cursor</c> parameter.</summary>
    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        if (cursor.Length > MaxLength)
        {
            throw RequestValidationException.For("cursor", "The cursor is not one this API issued.");
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw RequestValidationException.For("cursor", "The cursor is not one this API issued.");
        }
    }

    /// <summary>Checks and defaults a page size.</summary>
    public static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        < 1 or > MaxLimit => throw RequestValidationException.For("limit", $"The limit must be between 1 and {MaxLimit}."),
        _ => limit.Value,
    };
}
