namespace Perspective.Core.Files;

/// <summary>
/// A tenant's file bytes, kept under generated names. A blob is written once, read, and deleted;
/// it is never changed in place. Implementations make a blob visible only once all its bytes are
/// durably written, so a crash mid-write never leaves a readable half file. The store knows
/// nothing of documents, file names or encryption: callers keep <see cref="StoredBlob"/> with
/// their own record.
/// </summary>
public interface IBlobStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into a new blob under a new random name. Throws
    /// <see cref="BlobTooLargeException"/> as soon as more than <paramref name="maxBytes"/> arrive,
    /// and leaves nothing behind when it throws for any reason it can observe.
    /// </summary>
    Task<StoredBlob> WriteAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>The blob's bytes as a stream the caller disposes. Throws <see cref="FileNotFoundException"/> when there is no such blob.</summary>
    Task<Stream> OpenReadAsync(string storageName, CancellationToken cancellationToken = default);

    /// <summary>Removes the blob; removing a blob that does not exist is not an error.</summary>
    Task DeleteAsync(string storageName, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string storageName, CancellationToken cancellationToken = default);
}
