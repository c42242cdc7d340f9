namespace Distribution.Modules.Integration.Infrastructure.Edi.Transports;

/// <summary>A file seen in a drop-folder inbox or a remote SFTP folder.</summary>
/// <param name="Name">The file name, without folder.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="LastWriteUtc">Last modification time (UTC) as the file system reports it.</param>
internal sealed record TransportFile(string Name, long Length, DateTime LastWriteUtc)
{
    /// <summary>
    /// Names a partner uses while it is still writing (<c>*.tmp</c>, <c>*.part</c>, <c>*.filepart</c>) or for
    /// hidden files (leading dot): never taken, whatever their age.
    /// </summary>
    public static bool IsInProgressName(string name) =>
        name.StartsWith('.')
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".filepart", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The name a processed file gets in an archive or error folder: a UTC timestamp first, so files sorted by
    /// name are in order and a partner re-using a name never overwrites an earlier file.
    /// </summary>
    public static string Stamped(string name, DateTime nowUtc) =>
        $"{nowUtc.ToString("yyyyMMdd'T'HHmmssfff'Z'", System.Globalization.CultureInfo.InvariantCulture)}_{name}";
}
