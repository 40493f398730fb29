namespace Perspective.Files.Uploads;

/// <summary>
/// An upload copied to a temporary file so it can be checked (the type check reads the start and,
/// for Office files, the end) and then read again to encrypt. The file is deleted when disposed,
/// and by the OS on close if the process dies.
/// </summary>
public sealed class SpooledUpload : IAsyncDisposable
{
    private const int BufferSize = 81920;

    private SpooledUpload(FileStream file) => Content = file;

    /// <summary>The whole upload, at position 0.</summary>
    public FileStream Content { get; }

    /// <summary>
    /// Copies at most <paramref name="maxBytes"/> bytes; null, with nothing kept, as soon as one
    /// more arrives, so an oversized upload never fills the disk.
    /// </summary>
    public static async Task<SpooledUpload?> CopyAsync(Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "perspective-upload-" + Guid.NewGuid().ToString("N"));
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            var buffer = new byte[BufferSize];
            long total = 0;
            int read;
            while ((read = await upload.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    await file.DisposeAsync();
                    return null;
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return new SpooledUpload(file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
