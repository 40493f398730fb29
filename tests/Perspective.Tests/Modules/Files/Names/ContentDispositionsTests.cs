using Perspective.Files.Names;
using AspNetHeader = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue;
using HttpClientHeader = System.Net.Http.Headers.ContentDispositionHeaderValue;

namespace Perspective.Tests.Modules.Files.Names;

public sealed class ContentDispositionsTests
{
    [Theory]
    [InlineData("Risk letter.pdf", "Risk letter.pdf")]
    [InlineData("Prüfbericht “Q3”.pdf", "Pr_fbericht _Q3_.pdf")]
    [InlineData("Report \"final\".pdf", "Report _final_.pdf")]
    [InlineData("a;b=c.pdf", "a;b=c.pdf")]
    [InlineData("back\\slash.pdf", "slash.pdf")]
    [InlineData("Risk\r\nContent-Type: text.pdf", "Risk Content-Type: text.pdf")]
    [InlineData("📄 letter.pdf", "_ letter.pdf")]
    [InlineData("", "file")]
    public void Attachment_ParsesBackToTheShownName(string given, string fallback)
    {
        var header = ContentDispositions.Attachment(given);

        var parsed = AspNetHeader.Parse(header);
        Assert.Equal("attachment", parsed.DispositionType.Value);
        Assert.Equal(SafeFileNames.Shown(given), parsed.FileNameStar.Value);
        Assert.Equal(fallback, parsed.FileName.Value);
        var parsedByHttpClient = HttpClientHeader.Parse(header);
        Assert.Equal(SafeFileNames.Shown(given), parsedByHttpClient.FileNameStar);
    }

    [Fact]
    public void Attachment_EncodesTheExactNameAsUtf8PercentEncoding()
    {
        var header = ContentDispositions.Attachment("Prüfbericht “Q3”.pdf");

        Assert.Equal(
            "attachment; filename=\"Pr_fbericht _Q3_.pdf\"; filename*=UTF-8''Pr%C3%BCfbericht%20%E2%80%9CQ3%E2%80%9D.pdf",
            header);
    }

    [Theory]
    [InlineData("Risk\r\nSet-Cookie: a=b.pdf")]
    [InlineData("x\n.pdf")]
    [InlineData("\u0085next-line.pdf")]
    [InlineData("\u2028line-separator.pdf")]
    public void Attachment_NeverContainsALineBreakOrControlCharacter(string given)
    {
        var header = ContentDispositions.Attachment(given);

        Assert.All(header, c => Assert.InRange(c, (char)0x20, (char)0x7E));
    }

    [Fact]
    public void Attachment_VeryLongName_IsShortenedAndStillParses()
    {
        var name = string.Concat(Enumerable.Repeat("Prüfbericht ", 100)) + ".pdf";

        var header = ContentDispositions.Attachment(name);

        var parsed = AspNetHeader.Parse(header);
        Assert.Equal(SafeFileNames.MaxLength, parsed.FileNameStar.Length);
        Assert.EndsWith(".pdf", parsed.FileNameStar.Value, StringComparison.Ordinal);
        Assert.True(header.Length < 2048);
    }

    [Theory]
    [InlineData("Prüfbericht.pdf", "Pr_fbericht.pdf")]
    [InlineData("a\"b\\c.pdf", "a_b_c.pdf")]
    [InlineData("tab\there", "tab_here")]
    [InlineData("\u007F.pdf", "_.pdf")]
    public void AsciiFallback_ReplacesWhatAQuotedStringCannotHold(string given, string expected)
    {
        Assert.Equal(expected, ContentDispositions.AsciiFallback(given));
    }
}
