namespace Perspective.Files.Checks;

/// <summary>How a type's contents are recognised.</summary>
public enum FileContentKind
{
    /// <summary>Starts with <c>%PDF-</c>.</summary>
    Pdf,

    /// <summary>A zip holding <c>[Content_Types].xml</c> and the application's folder.</summary>
    OfficeOpenXml,

    /// <summary>An OLE compound file: <c>D0 CF 11 E0 A1 B1 1A E1</c>.</summary>
    LegacyOffice,

    /// <summary>Starts with <c>PK 03 04</c>.</summary>
    Zip,

    Png,
    Jpeg,

    /// <summary>UTF-8 (a BOM is allowed) with no NUL bytes.</summary>
    Text,
}

/// <summary>A type of file the portal accepts.</summary>
/// <param name="Extension">Lower case, without the dot.</param>
/// <param name="ShortName">How the type is named in a list: "must be a PDF, Word or Excel file".</param>
/// <param name="Noun">How one file of the type is named: "is not really a Word file".</param>
/// <param name="OfficeFolder">For Office Open XML, the folder the zip must hold (<c>word/</c>, <c>xl/</c>, <c>ppt/</c>).</param>
public sealed record FileType(string Extension, string ShortName, string Noun, FileContentKind Content, string? OfficeFolder = null);

/// <summary>The allow-list: every type a category may accept. Anything else is refused.</summary>
public static class FileTypes
{
    public static readonly FileType Pdf = new("pdf", "PDF", "PDF", FileContentKind.Pdf);
    public static readonly FileType Docx = new("docx", "Word", "Word file", FileContentKind.OfficeOpenXml, "word/");
    public static readonly FileType Xlsx = new("xlsx", "Excel", "Excel file", FileContentKind.OfficeOpenXml, "xl/");
    public static readonly FileType Pptx = new("pptx", "PowerPoint", "PowerPoint file", FileContentKind.OfficeOpenXml, "ppt/");
    public static readonly FileType Doc = new("doc", "Word", "Word file", FileContentKind.LegacyOffice);
    public static readonly FileType Xls = new("xls", "Excel", "Excel file", FileContentKind.LegacyOffice);
    public static readonly FileType Csv = new("csv", "CSV", "CSV file", FileContentKind.Text);
    public static readonly FileType Txt = new("txt", "text", "text file", FileContentKind.Text);
    public static readonly FileType Png = new("png", "PNG", "PNG image", FileContentKind.Png);
    public static readonly FileType Jpg = new("jpg", "JPEG", "JPEG image", FileContentKind.Jpeg);
    public static readonly FileType Jpeg = new("jpeg", "JPEG", "JPEG image", FileContentKind.Jpeg);
    public static readonly FileType Zip = new("zip", "zip", "zip file", FileContentKind.Zip);

    public static IReadOnlyList<FileType> All { get; } = [Pdf, Docx, Xlsx, Pptx, Doc, Xls, Csv, Txt, Png, Jpg, Jpeg, Zip];

    /// <summary>The type for an extension (with or without its dot, any case), or null when it is not allowed at all.</summary>
    public static FileType? FromExtension(string? extension)
    {
        var normalised = (extension ?? "").Trim().TrimStart('.');
        return All.FirstOrDefault(t => string.Equals(t.Extension, normalised, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The type a file name claims by its extension, or null.</summary>
    public static FileType? FromFileName(string? fileName)
    {
        var name = fileName ?? "";
        var dot = name.LastIndexOf('.');
        return dot < 0 ? null : FromExtension(name[(dot + 1)..]);
    }

    /// <summary>
    /// The types a category allows, from extensions as an admin writes them (any case, with or
    /// without dots). Extensions outside the allow-list are ignored, so no setting can allow them.
    /// </summary>
    public static IReadOnlyList<FileType> Allowed(IEnumerable<string> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        return [.. extensions.Select(FromExtension).OfType<FileType>().Distinct()];
    }
}
