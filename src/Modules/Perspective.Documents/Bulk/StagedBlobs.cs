using Perspective.Core.Files;

namespace Perspective.Documents.Bulk;

/// <summary>Deletes the blobs of staged files whose rows are already gone.</summary>
internal static class StagedBlobs
{
    /// <summary>
    /// Called after the commit that removed the rows, so no row ever points at a missing file. A
    /// blob that cannot be deleted now (held open somewhere) is left for the orphan sweep.
    /// </summary>
    public static async Task DeleteAsync(IBlobStore blobs, IEnumerable<string> storageNames)
    {
        foreach (var storageName in storageNames)
        {
            try
            {
                await blobs.DeleteAsync(storageName, CancellationToken.None);
            }
            catch (IOException)
            {
                // The orphan sweep takes it later.
            }
        }
    }
}
