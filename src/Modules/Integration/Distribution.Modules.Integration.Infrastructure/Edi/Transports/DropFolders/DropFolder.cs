namespace Distribution.Modules.Integration.Infrastructure.Edi.Transports.DropFolders;

/// <summary>
/// One partner's drop folder on the hub's file system, with its five subfolders: the partner writes into
/// <c>inbox</c>; the hub claims a file by moving it to <c>processing</c>, then moves it to <c>archive</c> (received)
/// or <c>error</c> (rejected or unreadable) under a timestamped name; the hub writes its documents into
/// <c>outbox</c> as <c>name.tmp</c> and renames them when complete, so the partner never sees half a file.
/// </summary>
internal sealed class DropFolder
{
    public const string InboxName = "inbox";
    public const string ProcessingName = "processing";
    public const string ArchiveName = "archive";
    public const string ErrorName = "error";
    public const string OutboxName = "outbox";

    public DropFolder(string root)
    {
        Root = Path.GetFullPath(root);
        Inbox = Path.Combine(Root, InboxName);
        Processing = Path.Combine(Root, ProcessingName);
        Archive = Path.Combine(Root, ArchiveName);
        Error = Path.Combine(Root, ErrorName);
        Outbox = Path.Combine(Root, OutboxName);
    }

    public string Root { get; }

    public string Inbox { get; }

    public string Processing { get; }

    public string Archive { get; }

    public string Error { get; }

    public string Outbox { get; }

    /// <summary>
    /// The folder of a partner: its profile's path (absolute, or relative to <paramref name="dropFolderRoot"/>), else
    /// <c>{dropFolderRoot}/{partnerId}</c>. A relative root is relative to <paramref name="contentRoot"/>.
    /// </summary>
    public static DropFolder For(string contentRoot, string dropFolderRoot, string partnerId, string? profilePath)
    {
        var root = Path.Combine(contentRoot, dropFolderRoot);
        return new DropFolder(Path.Combine(root, string.IsNullOrWhiteSpace(profilePath) ? partnerId : profilePath));
    }

    /// <summary>Creates the subfolders that are missing.</summary>
    public void EnsureCreated()
    {
        foreach (var folder in new[] { Inbox, Processing, Archive, Error, Outbox })
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>The files directly in the inbox (subfolders are not looked into).</summary>
    public IReadOnlyList<TransportFile> ListInbox() =>
        new DirectoryInfo(Inbox).EnumerateFiles().Select(f => new TransportFile(f.Name, f.Length, f.LastWriteTimeUtc)).ToList();

    /// <summary>
    /// Claims an inbox file by moving it into <c>processing</c>: a rename within one file system is atomic, so when
    /// two hub instances poll the same folder exactly one of them wins. The claimed file's time is set to
    /// <paramref name="nowUtc"/> so <see cref="ReturnAbandonedClaims"/> can tell an abandoned claim from a fresh one.
    /// </summary>
    /// <returns>The path in <c>processing</c>, or null when another poller took the file first.</returns>
    public string? TryClaim(string name, DateTime nowUtc)
    {
        var claimed = Path.Combine(Processing, name);
        try
        {
            File.Move(Path.Combine(Inbox, name), claimed, overwrite: false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (IOException) when (File.Exists(claimed))
        {
            return null;
        }

        File.SetLastWriteTimeUtc(claimed, nowUtc);
        return claimed;
    }

    /// <summary>Moves a claimed file to <c>archive</c> under a timestamped name and returns the new path.</summary>
    public string MoveToArchive(string claimedPath, DateTime nowUtc) => MoveStamped(claimedPath, Archive, nowUtc);

    /// <summary>Moves a claimed file to <c>error</c> under a timestamped name and returns the new path.</summary>
    public string MoveToError(string claimedPath, DateTime nowUtc) => MoveStamped(claimedPath, Error, nowUtc);

    /// <summary>
    /// Puts back into the inbox the files whose claim is older than <paramref name="abandonedAfter"/>: the instance
    /// that claimed them stopped before it archived them. Taking them again is safe, because a receipt that was
    /// already stored makes the second one a duplicate (ISA13 check) rather than a second order.
    /// </summary>
    /// <returns>How many files were put back.</returns>
    public int ReturnAbandonedClaims(DateTime nowUtc, TimeSpan abandonedAfter)
    {
        var returned = 0;
        foreach (var file in new DirectoryInfo(Processing).EnumerateFiles())
        {
            if (nowUtc - file.LastWriteTimeUtc < abandonedAfter)
            {
                continue;
            }

            try
            {
                ReturnToInbox(file.FullName, nowUtc);
                returned++;
            }
            catch (FileNotFoundException)
            {
                // Its owner finished after all, or another instance returned it first.
            }
        }

        return returned;
    }

    /// <summary>
    /// Puts a claimed file back into the inbox to be taken again by a later poll (under a timestamped name when the
    /// partner has meanwhile dropped another file of the same name).
    /// </summary>
    public string ReturnToInbox(string claimedPath, DateTime nowUtc)
    {
        var name = Path.GetFileName(claimedPath);
        var target = Path.Combine(Inbox, name);
        if (File.Exists(target))
        {
            target = Path.Combine(Inbox, TransportFile.Stamped(name, nowUtc));
        }

        File.Move(claimedPath, target, overwrite: false);
        return target;
    }

    /// <summary>
    /// Writes a document into the outbox: first as <c>name.tmp</c>, then renamed, so the partner only ever sees
    /// complete files. A file of the same name (an earlier attempt whose delivery was not recorded) is replaced.
    /// </summary>
    /// <returns>The delivered file's path.</returns>
    public async Task<string> WriteToOutboxAsync(string fileName, string content, CancellationToken cancellationToken)
    {
        var target = Path.Combine(Outbox, Path.GetFileName(fileName));
        var temporary = target + ".tmp";
        await File.WriteAllTextAsync(temporary, content, cancellationToken);
        File.Move(temporary, target, overwrite: true);
        return target;
    }

    private static string MoveStamped(string path, string folder, DateTime nowUtc)
    {
        var target = Path.Combine(folder, TransportFile.Stamped(Path.GetFileName(path), nowUtc));
        File.Move(path, target, overwrite: false);
        return target;
    }
}
