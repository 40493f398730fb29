namespace Perspective.Files.Storage;

/// <summary>
/// Removes the <c>.partial</c> files a killed write left in the tenant's files folder. A write in
/// progress touches its file continually, so only files untouched for an hour are taken.
/// </summary>
public sealed class PartialFileSweeper(TenantDataFolder folder, TimeProvider time)
{
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>Deletes abandoned partial files and returns how many it deleted.</summary>
    public int Sweep()
    {
        var directory = new DirectoryInfo(folder.Files);
        if (!directory.Exists)
        {
            return 0;
        }

        var cutoff = time.GetUtcNow().UtcDateTime - AbandonedAfter;
        var deleted = 0;
        foreach (var file in directory.EnumerateFiles("*" + LocalFolderBlobStore.PartialExtension))
        {
            if (file.LastWriteTimeUtc < cutoff)
            {
                try
                {
                    file.Delete();
                    deleted++;
                }
                catch (IOException)
                {
                    // Still held open somewhere; the next round tries again.
                }
            }
        }

        return deleted;
    }
}
