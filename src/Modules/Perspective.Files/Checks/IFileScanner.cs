namespace Perspective.Files.Checks;

/// <summary>
/// Scans a file before it is released to its recipients. A scanner that is down or slow answers
/// <see cref="ScanOutcome.Failed"/>, never throws, so one feature degrades and the portal does not.
/// </summary>
public interface IFileScanner
{
    /// <summary>Scans the stream from its current position to its end.</summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    Task<ScanResult> ScanAsync(Stream content, CancellationToken cancellationToken = default);
}
