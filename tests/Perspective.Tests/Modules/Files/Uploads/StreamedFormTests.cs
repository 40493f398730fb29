using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Files.Uploads;

namespace Perspective.Tests.Modules.Files.Uploads;

public sealed class StreamedFormTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddDataProtection().Services
        .AddAntiforgery()
        .BuildServiceProvider();

    [Fact]
    public async Task AFormWithTheTokenFirst_GivesItsFieldsAndThenEachFileAsAStream()
    {
        var context = await RequestAsync(token => Form(
            ("__RequestVerificationToken", token),
            ("CategoryId", "7"),
            file: ("File", "Letter one.pdf", "first file"),
            file2: ("File", "Letter two.pdf", "second file"),
            after: ("Comment", "after the files")));

        var form = await StreamedForm.OpenAsync(context, maxFileBytes: 1024, maxFiles: 2);

        Assert.NotNull(form);
        Assert.Equal("7", form.Field("CategoryId"));
        var first = await form.NextFileAsync(CancellationToken.None);
        Assert.Equal(("File", "Letter one.pdf", "first file"), (first!.FieldName, first.FileName, await ReadAsync(first.Content)));
        var second = await form.NextFileAsync(CancellationToken.None);
        Assert.Equal(("Letter two.pdf", "second file"), (second!.FileName, await ReadAsync(second.Content)));
        Assert.Null(await form.NextFileAsync(CancellationToken.None));
        Assert.Equal("after the files", form.Field("Comment"));
    }

    [Fact]
    public async Task OpeningRaisesTheRequestSizeLimit_ToTheFilesAllowedPlusRoomForFields()
    {
        var context = await RequestAsync(token => Form(("__RequestVerificationToken", token), file: ("File", "a.pdf", "x")));
        var limit = new SizeLimit();
        context.Features.Set<IHttpMaxRequestBodySizeFeature>(limit);

        await StreamedForm.OpenAsync(context, maxFileBytes: 10_000, maxFiles: 3);

        Assert.Equal(30_000 + (3 * StreamedForm.FieldsAllowance), limit.MaxRequestBodySize);
    }

    [Fact]
    public async Task AFormWithoutTheToken_IsRefused()
    {
        var context = await RequestAsync(_ => Form(("CategoryId", "7"), file: ("File", "a.pdf", "x")));

        Assert.Null(await StreamedForm.OpenAsync(context, 1024));
    }

    [Fact]
    public async Task AFormWithAWrongToken_IsRefused()
    {
        var context = await RequestAsync(_ => Form(("__RequestVerificationToken", "not-the-token"), file: ("File", "a.pdf", "x")));

        Assert.Null(await StreamedForm.OpenAsync(context, 1024));
    }

    [Fact]
    public async Task ATokenPlacedAfterTheFile_IsRefused_SoNoFileByteIsReadBeforeTheCheck()
    {
        var context = await RequestAsync(token => Form(file: ("File", "a.pdf", "x"), after: ("__RequestVerificationToken", token)));

        Assert.Null(await StreamedForm.OpenAsync(context, 1024));
    }

    [Fact]
    public async Task ARequestThatIsNotMultipart_IsRefused()
    {
        var context = await RequestAsync(_ => new StringContent("a=b", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Null(await StreamedForm.OpenAsync(context, 1024));
    }

    [Fact]
    public async Task AnOverlongField_IsRefused()
    {
        var context = await RequestAsync(token => Form(("__RequestVerificationToken", token), ("Message", new string('a', 70_000))));

        Assert.Null(await StreamedForm.OpenAsync(context, 1024));
    }

    [Fact]
    public async Task AFormEndingInItsFields_IsRefused()
    {
        var context = await RequestAsync(token => Form(("__RequestVerificationToken", token), ("Message", new string('a', 500)), file: ("File", "a.pdf", "x")), cutOff: 300);

        Assert.Null(await StreamedForm.OpenAsync(context, 1024));
    }

    [Fact]
    public async Task AFormEndingInItsFile_ThrowsABadRequestWhenTheFileIsRead()
    {
        var context = await RequestAsync(token => Form(("__RequestVerificationToken", token), file: ("File", "a.pdf", new string('x', 500))), cutOff: 100);
        var form = await StreamedForm.OpenAsync(context, 1024);
        var file = await form!.NextFileAsync(CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<BadHttpRequestException>(() => ReadAsync(file!.Content));

        Assert.Equal(StatusCodes.Status400BadRequest, thrown.StatusCode);
    }

    public void Dispose() => _services.Dispose();

    /// <summary>
    /// A request carrying the antiforgery cookie of a fresh token pair and the body built with its
    /// request token, less its last <paramref name="cutOff"/> bytes.
    /// </summary>
    private async Task<HttpContext> RequestAsync(Func<string, HttpContent> body, int cutOff = 0)
    {
        var antiforgery = _services.GetRequiredService<IAntiforgery>();
        var issuing = new DefaultHttpContext { RequestServices = _services };
        var tokens = antiforgery.GetAndStoreTokens(issuing);
        var content = body(tokens.RequestToken!);
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = "POST";
        context.Request.Headers.Cookie = string.Join("; ", issuing.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));
        context.Request.ContentType = content.Headers.ContentType!.ToString();
        context.Request.Body = new MemoryStream((await content.ReadAsByteArrayAsync())[..^cutOff]);
        return context;
    }

    private static MultipartFormDataContent Form(
        (string Name, string Value)? field1 = null,
        (string Name, string Value)? field2 = null,
        (string Name, string FileName, string Text)? file = null,
        (string Name, string FileName, string Text)? file2 = null,
        (string Name, string Value)? after = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var field in new[] { field1, field2 })
        {
            if (field is { } f)
            {
                form.Add(new StringContent(f.Value), f.Name);
            }
        }

        foreach (var upload in new[] { file, file2 })
        {
            if (upload is { } u)
            {
                var part = new ByteArrayContent(Encoding.UTF8.GetBytes(u.Text));
                part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(part, u.Name, u.FileName);
            }
        }

        if (after is { } a)
        {
            form.Add(new StringContent(a.Value), a.Name);
        }

        return form;
    }

    private static async Task<string> ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        return await reader.ReadToEndAsync();
    }

    private sealed class SizeLimit : IHttpMaxRequestBodySizeFeature
    {
        public bool IsReadOnly => false;

        public long? MaxRequestBodySize { get; set; }
    }
}
