namespace Perspective.Files.Storage;

/// <summary>
/// Where a module keeps the wrapped keys of its encrypted files (such as Documents' versions
/// table), so that <see cref="TenantKeyRotation"/> can re-wrap them. Register one per table.
/// </summary>
public interface IWrappedFileKeys
{
    /// <summary>Every stored key not wrapped with <paramref name="keyVersion"/>, with the caller's id for it.</summary>
    IAsyncEnumerable<(string Id, WrappedFileKey Key)> ListNotAtVersionAsync(int keyVersion, CancellationToken cancellationToken);

    /// <summary>Replaces one stored key and saves it.</summary>
    Task ReplaceAsync(string id, WrappedFileKey rewrapped, CancellationToken cancellationToken);
}
