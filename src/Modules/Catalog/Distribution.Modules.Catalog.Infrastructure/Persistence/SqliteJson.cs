using System.Globalization;
using System.Text.Json;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

/// <summary>
/// Writes a provider value (after EF Core's value converter) as JSON in the form the SQLite provider stores it, so
/// <c>json_each(@rows) -&gt;&gt; n</c> yields exactly what a bound parameter would have: Guids as upper-case text,
/// DateTime as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>, decimals as text (SQLite has no decimal), booleans as 0/1.
/// These are Microsoft.Data.Sqlite's binding rules; a type not listed is refused rather than guessed. The typed
/// overloads are what <see cref="SqliteJsonRows"/> compiles against (no boxing); the object one dispatches to them.
/// </summary>
internal static class SqliteJson
{
    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                Write(json, text);
                break;
            case Guid guid:
                Write(json, guid);
                break;
            case DateTime dateTime:
                Write(json, dateTime);
                break;
            case decimal number:
                Write(json, number);
                break;
            case bool flag:
                Write(json, flag);
                break;
            case int number:
                Write(json, number);
                break;
            case long number:
                Write(json, number);
                break;
            case double number:
                Write(json, number);
                break;
            default:
                throw new NotSupportedException($"The set-based SQLite writer has no JSON form for {value.GetType().Name} values.");
        }
    }

    public static void Write(Utf8JsonWriter json, string? text)
    {
        if (text is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(text);
        }
    }

    public static void Write(Utf8JsonWriter json, Guid guid)
    {
        Span<char> chars = stackalloc char[36];
        guid.TryFormat(chars, out _);
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = char.ToUpperInvariant(chars[i]);
        }

        json.WriteStringValue(chars);
    }

    public static void Write(Utf8JsonWriter json, DateTime dateTime)
    {
        Span<char> date = stackalloc char[27];
        dateTime.TryFormat(date, out var dateLength, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        json.WriteStringValue(date[..dateLength]);
    }

    public static void Write(Utf8JsonWriter json, decimal number)
    {
        Span<char> digits = stackalloc char[64];
        number.TryFormat(digits, out var digitsLength, "0.0###########################", CultureInfo.InvariantCulture);
        json.WriteStringValue(digits[..digitsLength]);
    }

    public static void Write(Utf8JsonWriter json, bool flag) => json.WriteNumberValue(flag ? 1 : 0);

    public static void Write(Utf8JsonWriter json, int number) => json.WriteNumberValue(number);

    public static void Write(Utf8JsonWriter json, long number) => json.WriteNumberValue(number);

    public static void Write(Utf8JsonWriter json, double number) => json.WriteNumberValue(number);
}
