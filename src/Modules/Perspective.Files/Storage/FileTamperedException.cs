namespace Perspective.Files.Storage;

/// <summary>
/// A stored file failed authentication: a byte changed, chunks were reordered, the file was cut
/// short or extended, or its key does not open with this tenant's key ring. No plaintext of the
/// failing chunk is released.
/// </summary>
public sealed class FileTamperedException : Exception
{
    public FileTamperedException()
        : base("The file has been changed or damaged since it was stored, so it cannot be opened.")
    {
    }

    public FileTamperedException(string message)
        : base(message)
    {
    }

    public FileTamperedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
