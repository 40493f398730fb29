using Perspective.Core.Files;

namespace Perspective.Documents.Storage;

/// <summary>
/// Deletes blobs whose rows a commit has already removed (deleted documents, sent or abandoned
/// bulk-send drafts), so no row ever points at a missing file. A blob that cannot be deleted now
/// (held open somewhere) is left for the orphan sweep; a blob already gone is fine.
/// </summary>
internal static class CommittedBlobs
{
    /// <summary>Deletes each blob and returns how many are left for the orphan sweep.</summary>
    public static async Task<int> DeleteAsync(IBlobStore blobs, IEnumerable<string> storageNames)
    {
        var left = 0;
        foreach (var storageName in storageNames)
        {
            try
            {
                await blobs.DeleteAsync(storageName, CancellationToken.None);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                left++;
            }
        }

        return left;
    }
}
