namespace Perspective.Files.Checks;

/// <summary>How big a zip file may be once unpacked.</summary>
/// <param name="MaxEntries">The most entries (files and folders) a zip may hold.</param>
/// <param name="MaxUnpackedBytes">The most bytes all entries together may unpack to.</param>
public sealed record ZipLimits(int MaxEntries, long MaxUnpackedBytes)
{
    public static ZipLimits Default { get; } = new(1000, 500L * 1024 * 1024);
}
