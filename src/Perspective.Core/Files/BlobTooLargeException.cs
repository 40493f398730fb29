namespace Perspective.Core.Files;

/// <summary>More bytes arrived than the caller allowed. Nothing was stored.</summary>
public sealed class BlobTooLargeException : Exception
{
    public BlobTooLargeException()
        : base("The file is larger than allowed.")
    {
    }

    public BlobTooLargeException(long maxBytes)
        : base($"The file is larger than the {maxBytes} bytes allowed.") => MaxBytes = maxBytes;

    public BlobTooLargeException(string message)
        : base(message)
    {
    }

    public BlobTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The limit that was passed, when known.</summary>
    public long? MaxBytes { get; }
}
