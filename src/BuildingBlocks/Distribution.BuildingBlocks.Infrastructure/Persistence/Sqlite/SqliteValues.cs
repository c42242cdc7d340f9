using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Encodes provider values (after EF Core's value converter) in the form the SQLite provider stores them, for
/// <see cref="SqliteRows"/> to bind later: Guids as upper-case text, DateTime as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>,
/// decimals as text (SQLite has no decimal), booleans as 0/1. These are Microsoft.Data.Sqlite's binding rules; a type
/// not listed is refused rather than guessed. Each value is a storage class tag and its payload (text as UTF-8, so the
/// thread that binds it only copies bytes). The typed overloads are what <see cref="SqliteRows"/> compiles against
/// (no boxing); the object one dispatches to them.
/// </summary>
internal static class SqliteValues
{
    /// <summary>SQLite's storage class of an encoded value.</summary>
    public enum Tag : byte
    {
        Null,
        Integer,
        Real,
        Text,
    }

    public static void Write(IBufferWriter<byte> buffer, object? value)
    {
        switch (value)
        {
            case null:
                WriteNull(buffer);
                break;
            case string text:
                Write(buffer, text);
                break;
            case Guid guid:
                Write(buffer, guid);
                break;
            case DateTime dateTime:
                Write(buffer, dateTime);
                break;
            case decimal number:
                Write(buffer, number);
                break;
            case bool flag:
                Write(buffer, flag);
                break;
            case int number:
                Write(buffer, number);
                break;
            case long number:
                Write(buffer, number);
                break;
            case double number:
                Write(buffer, number);
                break;
            default:
                throw new NotSupportedException($"The set-based SQLite writer has no stored form for {value.GetType().Name} values.");
        }
    }

    public static void WriteNull(IBufferWriter<byte> buffer)
    {
        buffer.GetSpan(1)[0] = (byte)Tag.Null;
        buffer.Advance(1);
    }

    public static void Write(IBufferWriter<byte> buffer, string? text)
    {
        if (text is null)
        {
            WriteNull(buffer);
        }
        else
        {
            WriteText(buffer, text);
        }
    }

    // Upper-case "D" form, formatted straight to UTF-8 (ASCII only, so upper-casing is a byte operation).
    public static void Write(IBufferWriter<byte> buffer, Guid guid)
    {
        var span = buffer.GetSpan(5 + 36);
        var text = span.Slice(5, 36);
        guid.TryFormat(text, out _);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f')
            {
                text[i] -= 'a' - 'A';
            }
        }

        span[0] = (byte)Tag.Text;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], 36);
        buffer.Advance(5 + 36);
    }

    // "yyyy-MM-dd HH:mm:ss.FFFFFFF" (trailing zeros of the fraction dropped, and the point with them when it is zero),
    // written digit by digit: the custom format string is parsed on every call, twice per row for an item alone.
    public static void Write(IBufferWriter<byte> buffer, DateTime dateTime)
    {
        var span = buffer.GetSpan(5 + 27);
        var text = span[5..];
        Digits(text[..4], dateTime.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), dateTime.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), dateTime.Day);
        text[10] = (byte)' ';
        Digits(text.Slice(11, 2), dateTime.Hour);
        text[13] = (byte)':';
        Digits(text.Slice(14, 2), dateTime.Minute);
        text[16] = (byte)':';
        Digits(text.Slice(17, 2), dateTime.Second);
        var length = 19;
        var fraction = (int)(dateTime.Ticks % TimeSpan.TicksPerSecond);
        if (fraction > 0)
        {
            text[19] = (byte)'.';
            Digits(text.Slice(20, 7), fraction);
            length = 27;
            while (text[length - 1] == (byte)'0')
            {
                length--;
            }
        }

        span[0] = (byte)Tag.Text;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], length);
        buffer.Advance(5 + length);
    }

    public static void Write(IBufferWriter<byte> buffer, decimal number)
    {
        Span<char> digits = stackalloc char[64];
        number.TryFormat(digits, out var digitsLength, "0.0###########################", CultureInfo.InvariantCulture);
        WriteText(buffer, digits[..digitsLength]);
    }

    public static void Write(IBufferWriter<byte> buffer, bool flag) => Write(buffer, flag ? 1L : 0L);

    public static void Write(IBufferWriter<byte> buffer, int number) => Write(buffer, (long)number);

    public static void Write(IBufferWriter<byte> buffer, long number)
    {
        var span = buffer.GetSpan(9);
        span[0] = (byte)Tag.Integer;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], number);
        buffer.Advance(9);
    }

    public static void Write(IBufferWriter<byte> buffer, double number)
    {
        var span = buffer.GetSpan(9);
        span[0] = (byte)Tag.Real;
        BinaryPrimitives.WriteDoubleLittleEndian(span[1..], number);
        buffer.Advance(9);
    }

    // value in decimal, zero-padded to the span's width.
    private static void Digits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    // Tag, UTF-8 length (4 bytes), UTF-8 bytes.
    private static void WriteText(IBufferWriter<byte> buffer, ReadOnlySpan<char> text)
    {
        var span = buffer.GetSpan(5 + Encoding.UTF8.GetMaxByteCount(text.Length));
        var length = Encoding.UTF8.GetBytes(text, span[5..]);
        span[0] = (byte)Tag.Text;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], length);
        buffer.Advance(5 + length);
    }
}
