namespace Perspective.Documents.Pages.Send;

/// <summary>The send journey's addresses, and the pages it links to.</summary>
public static class SendPaths
{
    public const string Send = "/documents/send";

    public static string Sent(Guid batchId) => $"/documents/send/sent/{batchId}";

    /// <summary>The read receipts of a sent batch (the inbox pages).</summary>
    public static string Receipts(Guid batchId) => $"/documents/sent/{batchId}";
}
