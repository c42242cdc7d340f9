using Distribution.BuildingBlocks.Application.Errors;

namespace Distribution.BuildingBlocks.Application.Paging;

/// <summary>Cursors over time-ordered (version 7) Guid keys, the commonest case.</summary>
public static class GuidCursor
{
    /// <summary>Encodes the last id of a page.</summary>
    public static string Encode(Guid lastId) => Cursor.Encode(lastId.ToString("N"));

    /// <summary>Decodes a cursor; null when there is none, 400 when it was tampered with.</summary>
    public static Guid? Decode(string? cursor) => Cursor.Decode(cursor) switch
    {
        null => null,
        var key when Guid.TryParse(key, out var id) => id,
        _ => throw RequestValidationException.For("cursor", "The cursor is not one this API issued."),
    };
}
