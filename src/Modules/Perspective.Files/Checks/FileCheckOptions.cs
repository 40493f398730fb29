namespace Perspective.Files.Checks;

/// <summary>File check settings, bound from <c>Perspective:Files</c> (or, for a part set there before, <c>Perspective:Documents</c>).</summary>
public sealed class FileCheckOptions
{
    /// <summary>The clamd virus scanner; files are not scanned when <see cref="ClamAvOptions.Host"/> is empty.</summary>
    public ClamAvOptions ClamAv { get; set; } = new();

    /// <summary>Limits for uploaded zip files.</summary>
    public ZipOptions Zip { get; set; } = new();
}

/// <summary><c>Perspective:Files:ClamAv</c>.</summary>
public sealed class ClamAvOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 3310;

    /// <summary>How long one scan may take, connecting included, before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Bytes per INSTREAM chunk; clamd's own limit (StreamMaxLength) applies to the whole file.</summary>
    public int ChunkSize { get; set; } = 64 * 1024;
}

/// <summary><c>Perspective:Files:Zip</c>.</summary>
public sealed class ZipOptions
{
    public int MaxEntries { get; set; } = ZipLimits.Default.MaxEntries;

    public long MaxUnpackedBytes { get; set; } = ZipLimits.Default.MaxUnpackedBytes;

    public ZipLimits ToLimits() => new(MaxEntries, MaxUnpackedBytes);
}
