using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Perspective.Core.Data;
using Perspective.Core.Tenants;

namespace Perspective.Organisations.Import;

/// <summary>
/// Keeps an uploaded GIAS file between the preview and the admin's confirmation, in a folder of the
/// tenant's own under the data path, under a random name (never the user's file name). Files
/// left behind by a journey that was never finished are removed after a day.
/// </summary>
public sealed partial class ImportUploads(DataFolders folders, ITenantContext tenant, TimeProvider time)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private string Folder => Path.Combine(folders.Root, "Temp", tenant.Current.Name, "organisations-import");

    /// <summary>Stores the upload and returns its id.</summary>
    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Folder);
        RemoveAbandoned();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await using var file = new FileStream(PathOf(id), FileMode.CreateNew, FileAccess.Write);
        await content.CopyToAsync(file, cancellationToken);
        return id;
    }

    /// <summary>The stored upload, or null for an id that is malformed or names no file.</summary>
    public Stream? Open(string? id) =>
        IsWellFormed(id) && File.Exists(PathOf(id!)) ? new FileStream(PathOf(id!), FileMode.Open, FileAccess.Read) : null;

    public void Delete(string? id)
    {
        if (IsWellFormed(id))
        {
            File.Delete(PathOf(id!));
        }
    }

    // Only ids this class made can name a file, so a posted id cannot reach outside the folder.
    private static bool IsWellFormed(string? id) => id is not null && IdPattern().IsMatch(id);

    private string PathOf(string id) => Path.Combine(Folder, id + ".csv");

    private void RemoveAbandoned()
    {
        var cutoff = time.GetUtcNow().UtcDateTime - KeepFor;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.csv"))
        {
            if (file.LastWriteTimeUtc < cutoff)
            {
                file.Delete();
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
