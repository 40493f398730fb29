namespace Perspective.Documents.Pages.BulkSend;

/// <summary>Where the bulk-send pages live, and where a sent batch's read receipts are.</summary>
public static class BulkSendPaths
{
    public const string Start = "~/documents/bulk-send";

    public static string Files(Guid batchId) => $"~/documents/bulk-send/{batchId}/files";

    public static string Preview(Guid batchId) => $"~/documents/bulk-send/{batchId}/preview";

    public static string Match(Guid batchId, Guid fileId) => $"~/documents/bulk-send/{batchId}/files/{fileId}/match";

    public static string Receipts(Guid batchId) => $"~/documents/sent/{batchId}";
}
