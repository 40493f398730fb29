namespace Perspective.Files.Checks;

/// <summary>Used when no scanner is configured: every file is released as clean.</summary>
public sealed class NoFileScanner : IFileScanner
{
    public Task<ScanResult> ScanAsync(Stream content, CancellationToken cancellationToken = default) =>
        Task.FromResult(ScanResult.Clean);
}
