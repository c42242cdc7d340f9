using Distribution.Modules.Partners.Contracts.TradingPartners;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace Distribution.Modules.Integration.Infrastructure.Edi.Transports.Sftp;

/// <summary>An authenticated SFTP session with one partner's server: the few file operations the transport needs.</summary>
internal sealed class SftpSession(SftpClient client, EdiSftpServer server) : IDisposable
{
    /// <summary>Where received files are moved instead of deleted, when the partner's inbound folder has it.</summary>
    public const string ArchiveFolderName = "archive";

    /// <summary>A display form of a remote path for logs and delivery records.</summary>
    public string Describe(string path) => $"sftp://{server.Username}@{server.Host}:{server.Port}{(path.StartsWith('/') ? "" : "/")}{path}";

    /// <summary>The regular files directly in <paramref name="folder"/>.</summary>
    public async Task<IReadOnlyList<TransportFile>> ListFilesAsync(string folder, CancellationToken cancellationToken)
    {
        var files = new List<TransportFile>();
        await foreach (var entry in client.ListDirectoryAsync(folder, cancellationToken))
        {
            if (entry.IsRegularFile)
            {
                files.Add(new TransportFile(entry.Name, entry.Length, entry.LastWriteTimeUtc));
            }
        }

        return files;
    }

    /// <summary>The file's size and time now, or null when it is gone.</summary>
    public async Task<TransportFile?> StatAsync(string folder, string name, CancellationToken cancellationToken)
    {
        try
        {
            var attributes = await client.GetAttributesAsync(Combine(folder, name), cancellationToken);
            return new TransportFile(name, attributes.Size, attributes.LastWriteTimeUtc);
        }
        catch (SftpPathNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Reads a whole remote file.</summary>
    public async Task<byte[]> DownloadAsync(string folder, string name, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await client.DownloadFileAsync(Combine(folder, name), buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// Takes a received file off the server: moved into the folder's <c>archive</c> subfolder under a timestamped
    /// name when that subfolder exists (some partners want to see what was collected), deleted otherwise.
    /// </summary>
    public async Task RemoveReceivedAsync(string folder, string name, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var path = Combine(folder, name);
        var archive = Combine(folder, ArchiveFolderName);
        try
        {
            if (await client.ExistsAsync(archive, cancellationToken))
            {
                await client.RenameFileAsync(path, Combine(archive, TransportFile.Stamped(name, nowUtc)), cancellationToken);
            }
            else
            {
                await client.DeleteFileAsync(path, cancellationToken);
            }
        }
        catch (SftpPathNotFoundException)
        {
            // Another poller (a second schedule or hub instance) received and removed it too; its receipt was a duplicate.
        }
    }

    /// <summary>
    /// Uploads a document as <c>name.part</c>, then renames it to <c>name</c> (POSIX rename, replacing a file left by
    /// an earlier attempt whose delivery was not recorded), so the partner never picks up half a file.
    /// </summary>
    /// <returns>The remote path of the delivered file.</returns>
    public async Task<string> UploadAsync(string folder, string name, byte[] content, CancellationToken cancellationToken)
    {
        var target = Combine(folder, Path.GetFileName(name));
        var partial = target + ".part";
        using (var stream = new MemoryStream(content, writable: false))
        {
            await client.UploadFileAsync(stream, partial, cancellationToken);
        }

        try
        {
            client.RenameFile(partial, target, isPosix: true);
        }
        catch (NotSupportedException)
        {
            // A server without OpenSSH's posix-rename extension: plain SFTP rename refuses to replace, so an earlier
            // attempt's file goes first.
            if (await client.ExistsAsync(target, cancellationToken))
            {
                await client.DeleteFileAsync(target, cancellationToken);
            }

            await client.RenameFileAsync(partial, target, cancellationToken);
        }

        return target;
    }

    public void Dispose()
    {
        if (client.IsConnected)
        {
            client.Disconnect();
        }

        client.Dispose();
    }

    private static string Combine(string folder, string name) => folder.EndsWith('/') ? folder + name : $"{folder}/{name}";
}
