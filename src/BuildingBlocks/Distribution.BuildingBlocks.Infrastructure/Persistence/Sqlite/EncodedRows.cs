using System.Buffers;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence.Sqlite;

/// <summary>A table's rows for one chunk as <see cref="SqliteRows.Encode"/> wrote them: tagged values, row after row.</summary>
public sealed class EncodedRows : IDisposable
{
    // Encoding is synchronous, so one growable buffer per thread serves every save (a batch of 1 KB rows would
    // otherwise allocate a new large-object-heap array each time); what is encoded is copied out to a pooled array.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    private byte[]? _pooled;
    private readonly int _length;

    private EncodedRows(byte[]? pooled, int length, int count)
    {
        _pooled = pooled;
        _length = length;
        Count = count;
    }

    /// <summary>How many rows.</summary>
    public int Count { get; }

    /// <summary>The encoded values.</summary>
    public ReadOnlySpan<byte> Values => _pooled is { } pooled ? pooled.AsSpan(0, _length) : throw new ObjectDisposedException(nameof(EncodedRows));

    /// <summary>This thread's encoding buffer, for callers that encode, copy out and move on synchronously.</summary>
    internal static ArrayBufferWriter<byte> ThreadBuffer => _threadBuffer ??= new ArrayBufferWriter<byte>();

    public static EncodedRows Copy(ReadOnlySpan<byte> values, int count)
    {
        var pooled = ArrayPool<byte>.Shared.Rent(Math.Max(values.Length, 1));
        values.CopyTo(pooled);
        return new EncodedRows(pooled, values.Length, count);
    }

    /// <summary>Returns the array to the pool (once).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _pooled, null) is { } pooled)
        {
            ArrayPool<byte>.Shared.Return(pooled);
        }
    }
}
