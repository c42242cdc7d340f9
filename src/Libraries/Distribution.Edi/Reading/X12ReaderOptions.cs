using System.Text;

namespace Distribution.Edi.Reading;

/// <summary>Settings for <see cref="X12Reader"/>.</summary>
public sealed record X12ReaderOptions
{
    /// <summary>The defaults: UTF-8 (a BOM is tolerated), 64 K character buffer.</summary>
    public static X12ReaderOptions Default { get; } = new();

    /// <summary>Encoding of byte input; also used to turn character positions into byte offsets.</summary>
    public Encoding Encoding { get; init; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Initial size of the pooled character buffer used for streamed input (it grows for longer segments).</summary>
    public int BufferSize { get; init; } = 64 * 1024;
}
