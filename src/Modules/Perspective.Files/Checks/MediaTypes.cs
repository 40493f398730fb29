namespace Perspective.Files.Checks;

/// <summary>
/// The media type stored for a checked file, from its checked type rather than the browser's
/// claim, so a download is never labelled as something its content was not checked to be.
/// </summary>
public static class MediaTypes
{
    public static string For(FileType type) => type.Extension switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "doc" => "application/msword",
        "xls" => "application/vnd.ms-excel",
        "csv" => "text/csv",
        "txt" => "text/plain",
        "png" => "image/png",
        "jpg" or "jpeg" => "image/jpeg",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    };
}
