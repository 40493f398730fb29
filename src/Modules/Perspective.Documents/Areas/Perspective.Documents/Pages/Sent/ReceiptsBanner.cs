namespace Perspective.Documents.Pages.Sent;

/// <summary>What the read receipts page says once, after reminders were sent and it redirected to itself.</summary>
internal static class ReceiptsBanner
{
    public const string Key = "Perspective.Documents.ReceiptsBanner";
}
