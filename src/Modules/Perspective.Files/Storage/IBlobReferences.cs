namespace Perspective.Files.Storage;

/// <summary>
/// Where a module names the blobs it keeps in the tenant's store (such as Documents' versions and
/// staged bulk-send files), so that <see cref="OrphanBlobSweeper"/> takes only blobs no module
/// names. Register one per module that keeps blobs. For a tenant that never had the module switched
/// on (no tables), answer that none is in use.
/// </summary>
public interface IBlobReferences
{
    /// <summary>Which of <paramref name="storageNames"/> a row of this module names.</summary>
    Task<IReadOnlyCollection<string>> InUseAsync(IReadOnlyCollection<string> storageNames, CancellationToken cancellationToken);
}
