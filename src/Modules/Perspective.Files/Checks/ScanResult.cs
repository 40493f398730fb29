namespace Perspective.Files.Checks;

public enum ScanOutcome
{
    Clean,
    Infected,

    /// <summary>The file could not be scanned; keep it quarantined and try again later.</summary>
    Failed,
}

/// <summary>What a scanner found.</summary>
/// <param name="Signature">The scanner's name for what it found, when infected.</param>
/// <param name="Reason">Why the scan failed, for the log and for admins; not shown to the uploader.</param>
public sealed record ScanResult(ScanOutcome Outcome, string? Signature = null, string? Reason = null)
{
    public static ScanResult Clean { get; } = new(ScanOutcome.Clean);

    public static ScanResult Infected(string signature) => new(ScanOutcome.Infected, Signature: signature);

    public static ScanResult Failed(string reason) => new(ScanOutcome.Failed, Reason: reason);
}
