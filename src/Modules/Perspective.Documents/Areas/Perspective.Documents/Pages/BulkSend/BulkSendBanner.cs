namespace Perspective.Documents.Pages.BulkSend;

/// <summary>The success message the preview shows once, after a change redirected to it.</summary>
internal static class BulkSendBanner
{
    public const string Key = "Perspective.Documents.BulkSendBanner";
}
