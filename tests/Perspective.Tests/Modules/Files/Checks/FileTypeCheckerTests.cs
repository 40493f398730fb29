using System.Text;
using Perspective.Files.Checks;

namespace Perspective.Tests.Modules.Files.Checks;

public sealed class FileTypeCheckerTests
{
    private static readonly string[] Everything = [.. FileTypes.All.Select(t => t.Extension)];
    private static readonly string[] PdfWordExcel = ["pdf", "docx", "doc", "xlsx", "xls"];

    private readonly FileTypeChecker checker = new(new ZipInspector(new ZipLimits(100, 10 * 1024 * 1024)));

    public static TheoryData<string, byte[]> GenuineFiles => new()
    {
        { "report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj") },
        { "REPORT.PDF", Encoding.ASCII.GetBytes("%PDF-1.4\n") },
        { "letter.docx", TestZips.OfficePackage("word/") },
        { "returns.xlsx", TestZips.OfficePackage("xl/") },
        { "slides.pptx", TestZips.OfficePackage("ppt/") },
        { "old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0] },
        { "old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0] },
        { "pupils.csv", Encoding.UTF8.GetBytes("URN,Name\n100001,Zoë Brontë £5\n") },
        { "pupils-bom.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("URN,Name\n")] },
        { "notes.txt", Encoding.UTF8.GetBytes("Plain notes\r\n") },
        { "logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] },
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] },
        { "photo.JPEG", [0xFF, 0xD8, 0xFF, 0xE1, 0, 16] },
        { "bundle.zip", TestZips.With(("a.txt", "a"), ("folder/b.txt", "b")) },
    };

    [Theory]
    [MemberData(nameof(GenuineFiles))]
    public async Task Check_FileWhoseContentsMatchItsName_IsAllowed(string name, byte[] content)
    {
        var result = await checker.CheckAsync(name, new MemoryStream(content), Everything);

        Assert.True(result.IsAllowed, result.Problem);
        Assert.Equal(FileTypes.FromFileName(name), result.Type);
    }

    public static TheoryData<string, byte[], string> DisguisedFiles => new()
    {
        { "report.pdf", Encoding.ASCII.GetBytes("MZ\x90\0 this is an executable"), "The selected file is not really a PDF: its contents do not match its name" },
        { "report.pdf", Encoding.ASCII.GetBytes("%PD"), "The selected file is not really a PDF: its contents do not match its name" },
        { "letter.docx", TestZips.OfficePackage("xl/"), "The selected file is not really a Word file: its contents do not match its name" },
        { "letter.docx", TestZips.With(("word/document.xml", "<document/>")), "The selected file is not really a Word file: its contents do not match its name" },
        { "letter.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5], "The selected file is not really a Word file: its contents do not match its name" },
        { "returns.xlsx", Encoding.ASCII.GetBytes("%PDF-1.7"), "The selected file is not really an Excel file: its contents do not match its name" },
        { "slides.pptx", TestZips.OfficePackage("word/"), "The selected file is not really a PowerPoint file: its contents do not match its name" },
        { "old.doc", TestZips.OfficePackage("word/"), "The selected file is not really a Word file: its contents do not match its name" },
        { "logo.png", [0xFF, 0xD8, 0xFF, 0xE0], "The selected file is not really a PNG image: its contents do not match its name" },
        { "photo.jpg", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "The selected file is not really a JPEG image: its contents do not match its name" },
        { "bundle.zip", Encoding.ASCII.GetBytes("Rar!\x1A\x07\0"), "The selected file is not really a zip file: its contents do not match its name" },
        { "pupils.csv", [0xFF, 0xFE, (byte)'U', 0, (byte)'R', 0], "The selected file is not really a CSV file: its contents do not match its name" },
        { "notes.txt", [(byte)'a', 0, (byte)'b'], "The selected file is not really a text file: its contents do not match its name" },
        { "pupils.csv", [(byte)'C', (byte)'o', (byte)'s', (byte)'t', (byte)' ', 0xA3, (byte)'5'], "The selected CSV file must be saved as UTF-8" },
        { "empty.pdf", [], "The selected file is empty" },
    };

    [Theory]
    [MemberData(nameof(DisguisedFiles))]
    public async Task Check_FileWhoseContentsDoNotMatchItsName_IsRefusedWithAClearMessage(string name, byte[] content, string problem)
    {
        var result = await checker.CheckAsync(name, new MemoryStream(content), Everything);

        Assert.False(result.IsAllowed);
        Assert.Null(result.Type);
        Assert.Equal(problem, result.Problem);
    }

    [Theory]
    [InlineData("virus.exe")]
    [InlineData("page.html")]
    [InlineData("no extension")]
    [InlineData("report.pdf.exe")]
    [InlineData("report.")]
    [InlineData("photo.png")]
    [InlineData("bundle.zip")]
    public async Task Check_ExtensionTheCategoryDoesNotAllow_IsRefusedNamingTheAllowedTypes(string name)
    {
        var result = await checker.CheckAsync(name, new MemoryStream("%PDF-1.7"u8.ToArray()), PdfWordExcel);

        Assert.Equal("The selected file must be a PDF, Word or Excel file", result.Problem);
    }

    [Theory]
    [InlineData(new[] { "xlsx" }, "The selected file must be an Excel file")]
    [InlineData(new[] { ".CSV", "Txt" }, "The selected file must be a CSV or text file")]
    [InlineData(new[] { "exe", "pdf" }, "The selected file must be a PDF file")]
    [InlineData(new[] { "exe" }, "No types of file can be uploaded here")]
    [InlineData(new string[0], "No types of file can be uploaded here")]
    public async Task Check_AllowedSet_ComesFromTheCategoryAndIgnoresTypesOutsideTheAllowList(string[] allowed, string problem)
    {
        var result = await checker.CheckAsync("program.exe", new MemoryStream([0x4D, 0x5A]), allowed);

        Assert.Equal(problem, result.Problem);
    }

    [Fact]
    public async Task Check_TextLongerThanTheCheckedPart_IsAllowedEvenWhenTheCutFallsInsideACharacter()
    {
        var text = new byte[FileTypeChecker.TextBytesChecked + 10];
        text.AsSpan().Fill((byte)'a');
        "€"u8.CopyTo(text.AsSpan(FileTypeChecker.TextBytesChecked - 1));

        var result = await checker.CheckAsync("long.txt", new MemoryStream(text), ["txt"]);

        Assert.True(result.IsAllowed, result.Problem);
    }

    [Fact]
    public async Task Check_TextWithInvalidUtf8InsideTheCheckedPart_IsRefused()
    {
        var text = Encoding.UTF8.GetBytes(new string('a', 1000));
        text[500] = 0xC3; // a lead byte followed by an ASCII letter

        var result = await checker.CheckAsync("data.csv", new MemoryStream(text), ["csv"]);

        Assert.Equal("The selected CSV file must be saved as UTF-8", result.Problem);
    }

    [Fact]
    public async Task Check_ZipBombNamedZip_IsRefusedByTheZipInspection()
    {
        var bomb = TestZips.Zeros(11 * 1024 * 1024);

        var result = await checker.CheckAsync("bundle.zip", new MemoryStream(bomb), ["zip"]);

        Assert.Equal("The selected zip file must unpack to 10 MB or less", result.Problem);
    }

    [Fact]
    public async Task Check_LeavesTheStreamAtItsStart()
    {
        var content = new MemoryStream(TestZips.OfficePackage("word/"));

        await checker.CheckAsync("letter.docx", content, ["docx"]);

        Assert.Equal(0, content.Position);
    }

    [Fact]
    public async Task CheckFile_ReadsATemporaryFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, "%PDF-1.7\n"u8.ToArray());

            var genuine = await checker.CheckFileAsync("report.pdf", path, ["pdf"]);
            var disguised = await checker.CheckFileAsync("report.png", path, ["png"]);

            Assert.True(genuine.IsAllowed);
            Assert.Equal("The selected file is not really a PNG image: its contents do not match its name", disguised.Problem);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Check_StreamThatCannotSeek_IsAProgrammingError()
    {
        var stream = new UnseekableStream("%PDF-1.7"u8.ToArray());

        await Assert.ThrowsAsync<ArgumentException>(() => checker.CheckAsync("report.pdf", stream, ["pdf"]));
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
