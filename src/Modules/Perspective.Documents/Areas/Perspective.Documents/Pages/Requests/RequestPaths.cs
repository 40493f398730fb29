using System.Globalization;

namespace Perspective.Documents.Pages.Requests;

/// <summary>Where the request-a-file pages live.</summary>
internal static class RequestPaths
{
    public const string List = "~/documents/requests";

    public const string New = "~/documents/requests/new";

    public const string CheckAnswers = "~/documents/requests/new/check-answers";

    public static string Request(int id) => $"~/documents/requests/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Close(int id) => $"{Request(id)}/close";

    public static string Zip(int id) => $"{Request(id)}/answers.zip";

    public static string Download(Guid documentId) => $"~/documents/{documentId}/download";
}

/// <summary>The success message a request page shows once, after a change redirected to it.</summary>
internal static class RequestsBanner
{
    public const string Key = "Perspective.Documents.RequestsBanner";
}
