using System.IO.Compression;
using System.Text.Unicode;

namespace Perspective.Files.Checks;

/// <summary>
/// Checks an uploaded file against a category's allowed types: first by its extension, then by
/// its contents, so that a renamed executable or a script saved as <c>.pdf</c> is refused. Zip
/// files are also inspected for their entry count and unpacked size.
/// </summary>
/// <remarks>
/// The content must be a seekable stream over the whole file (a temporary file or a buffered
/// upload): Office Open XML needs the zip's central directory at the end. The checker reads from
/// the start and leaves the stream at its start.
/// </remarks>
public sealed class FileTypeChecker(ZipInspector zips)
{
    /// <summary>How much of a CSV or text file is checked for UTF-8 and NUL bytes.</summary>
    public const int TextBytesChecked = 64 * 1024;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> LegacyOfficeMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Checks a file on disk, such as an upload streamed to a temporary file.</summary>
    public async Task<FileTypeCheck> CheckFileAsync(string fileName, string path, IEnumerable<string> allowedExtensions, CancellationToken cancellationToken = default)
    {
        await using var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
        return await CheckAsync(fileName, content, allowedExtensions, cancellationToken);
    }

    /// <param name="fileName">The name the user gave the file; only its extension is used.</param>
    /// <param name="content">The whole file, seekable.</param>
    /// <param name="allowedExtensions">The category's allowed extensions, e.g. <c>pdf</c>, <c>.DOCX</c>.</param>
    public async Task<FileTypeCheck> CheckAsync(string fileName, Stream content, IEnumerable<string> allowedExtensions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek || !content.CanRead)
        {
            throw new ArgumentException("The file type check needs a readable, seekable stream.", nameof(content));
        }

        var allowed = FileTypes.Allowed(allowedExtensions);
        if (allowed.Count == 0)
        {
            return FileTypeCheck.Refused("No types of file can be uploaded here");
        }

        var claimed = FileTypes.FromFileName(fileName);
        if (claimed is null || !allowed.Contains(claimed))
        {
            return FileTypeCheck.Refused(FileTypeMessages.MustBe(allowed));
        }

        if (content.Length == 0)
        {
            return FileTypeCheck.Refused("The selected file is empty");
        }

        try
        {
            content.Position = 0;
            return await CheckContentAsync(claimed, content, cancellationToken);
        }
        finally
        {
            content.Position = 0;
        }
    }

    private async Task<FileTypeCheck> CheckContentAsync(FileType claimed, Stream content, CancellationToken cancellationToken)
    {
        var head = await ReadPrefixAsync(content, claimed.Content == FileContentKind.Text ? TextBytesChecked : 16, cancellationToken);
        var problem = claimed.Content switch
        {
            FileContentKind.Pdf => Expect(head, PdfMagic, claimed),
            FileContentKind.LegacyOffice => Expect(head, LegacyOfficeMagic, claimed),
            FileContentKind.Png => Expect(head, PngMagic, claimed),
            FileContentKind.Jpeg => Expect(head, JpegMagic, claimed),
            FileContentKind.Zip => Expect(head, ZipMagic, claimed),
            FileContentKind.OfficeOpenXml => Expect(head, ZipMagic, claimed) ?? OfficePackageProblem(content, claimed),
            FileContentKind.Text => TextProblem(head, truncated: content.Length > head.Length, claimed),
            _ => FileTypeMessages.NotReally(claimed),
        };
        if (problem is null && claimed.Content == FileContentKind.Zip)
        {
            content.Position = 0;
            problem = (await zips.InspectAsync(content, cancellationToken)).Problem;
        }

        return problem is null ? FileTypeCheck.Allowed(claimed) : FileTypeCheck.Refused(problem);
    }

    private static string? Expect(byte[] head, ReadOnlySpan<byte> magic, FileType claimed) =>
        head.AsSpan().StartsWith(magic) ? null : FileTypeMessages.NotReally(claimed);

    private static string? OfficePackageProblem(Stream content, FileType claimed)
    {
        content.Position = 0;
        try
        {
            // Reads only the central directory: names, not contents.
            using var package = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var isPackage = package.GetEntry("[Content_Types].xml") is not null
                && package.Entries.Any(e => e.FullName.StartsWith(claimed.OfficeFolder!, StringComparison.Ordinal));
            return isPackage ? null : FileTypeMessages.NotReally(claimed);
        }
        catch (InvalidDataException)
        {
            return FileTypeMessages.NotReally(claimed);
        }
    }

    private static string? TextProblem(byte[] head, bool truncated, FileType claimed)
    {
        ReadOnlySpan<byte> text = head;
        if (text.StartsWith(Utf8Bom))
        {
            text = text[Utf8Bom.Length..];
        }

        // NUL bytes mean a binary file (or UTF-16, which our imports cannot read either).
        if (text.Contains((byte)0))
        {
            return FileTypeMessages.NotReally(claimed);
        }

        if (truncated)
        {
            text = WithoutCutCharacter(text);
        }

        return Utf8.IsValid(text) ? null : $"The selected {claimed.Noun} must be saved as UTF-8";
    }

    /// <summary>The check stops at a byte count that may fall inside a character; drop that character's first bytes.</summary>
    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> text)
    {
        for (var back = 1; back <= Math.Min(3, text.Length); back++)
        {
            var b = text[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: keep looking for the lead byte
            }

            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? text[..^back] : text;
        }

        return text;
    }

    private static async Task<byte[]> ReadPrefixAsync(Stream content, int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(count, content.Length)];
        var read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return read == buffer.Length ? buffer : buffer[..read];
    }
}
