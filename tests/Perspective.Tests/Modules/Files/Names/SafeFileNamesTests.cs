using Perspective.Files.Names;

namespace Perspective.Tests.Modules.Files.Names;

public sealed class SafeFileNamesTests
{
    [Theory]
    [InlineData("Risk letter.pdf", "Risk letter.pdf")]
    [InlineData("C:\\Users\\head\\Desktop\\Risk letter.pdf", "Risk letter.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("folder/sub/report.docx", "report.docx")]
    [InlineData("  Risk   letter\t2024 .pdf", "Risk letter 2024 .pdf")]
    [InlineData("Risk\r\nletter.pdf", "Risk letter.pdf")]
    [InlineData("Risk\0letter.pdf", "Risk letter.pdf")]
    [InlineData(".htaccess", "htaccess")]
    [InlineData("...hidden.txt", "hidden.txt")]
    [InlineData("report.pdf. . ", "report.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("zero\u200Bwidth.pdf", "zerowidth.pdf")]
    [InlineData("Prüfbericht “Q3”.pdf", "Prüfbericht “Q3”.pdf")]
    [InlineData("Report; \"final\".PDF", "Report; \"final\".PDF")]
    [InlineData("📄 letter.pdf", "📄 letter.pdf")]
    [InlineData("", "file")]
    [InlineData(null, "file")]
    [InlineData("...", "file")]
    [InlineData("folder/", "file")]
    [InlineData("\r\n\t", "file")]
    public void Shown_CleansTheNameForDisplay(string? given, string expected)
    {
        Assert.Equal(expected, SafeFileNames.Shown(given));
    }

    [Fact]
    public void Shown_LongName_IsShortenedToTheLimitKeepingItsExtension()
    {
        var shown = SafeFileNames.Shown(new string('a', 500) + ".docx");

        Assert.Equal(SafeFileNames.MaxLength, shown.Length);
        Assert.EndsWith("a.docx", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Shown_LongNameWithALongDottedTail_KeepsNoFakeExtension()
    {
        var shown = SafeFileNames.Shown("Minutes." + new string('b', 300));

        Assert.Equal(SafeFileNames.MaxLength, shown.Length);
        Assert.StartsWith("Minutes.bbb", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Shown_LongNameOfEmoji_IsNeverCutInsideACharacter()
    {
        var shown = SafeFileNames.Shown("a" + string.Concat(Enumerable.Repeat("📄", 150)) + ".pdf");

        Assert.True(shown.Length <= SafeFileNames.MaxLength);
        Assert.EndsWith("📄.pdf", shown, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(shown)));
    }

    [Fact]
    public void Shown_LongNameCutAtASpace_LosesTheTrailingSpace()
    {
        var shown = SafeFileNames.Shown(new string('a', 195) + " bbbbbbbbbb.pdf");

        Assert.Equal(new string('a', 195) + ".pdf", shown);
    }
}
