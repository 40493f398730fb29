using Perspective.Documents.Data;

namespace Perspective.Documents.Inbox;

/// <summary>A version's virus check as the sender reads it.</summary>
public static class ScanStatusText
{
    public static string Of(ScanStatus status) => status switch
    {
        ScanStatus.Clean => "No virus found",
        ScanStatus.NotScanned => "Not scanned (no scanner is set up)",
        ScanStatus.Pending => "Waiting for its virus check",
        ScanStatus.Quarantined => "Held: a virus was found",
        ScanStatus.Failed => "Held until its virus check succeeds",
        _ => status.ToString(),
    };
}
