namespace Perspective.Documents.Pages.DocumentPage;

/// <summary>What the document page says once, after a change redirected to it.</summary>
internal static class DocumentBanner
{
    public const string Key = "Perspective.Documents.DocumentBanner";

    public static string Path(Guid id) => $"~/documents/{id}";
}
