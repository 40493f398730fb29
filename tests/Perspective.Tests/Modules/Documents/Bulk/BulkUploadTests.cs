using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;

namespace Perspective.Tests.Modules.Documents.Bulk;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class BulkUploadTests(BulkFactory factory) : IClassFixture<BulkFactory>, IAsyncLifetime
{
    private readonly BulkFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Start_WithACategoryAndMessage_CreatesADraftAndGoesToTheUploadPage()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();

        var response = await officer.SubmitAsync(BulkPages.Start, new Dictionary<string, string> { ["CategoryId"] = category.Id.ToString(CultureInfo.InvariantCulture), ["Message"] = "  Please read by Friday. " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var batch = await _factory.QueryAsync(db => db.Set<SendBatch>().SingleAsync());
        Assert.Equal(BulkPages.Files(batch.Id), response.Headers.Location!.OriginalString);
        Assert.Equal(($"{category.Name}, 30 November 2026", "Please read by Friday.", BulkFactory.OfficerName, "LA", (DateTime?)null),
            (batch.Title, batch.Message, batch.SenderUserId, batch.SenderOrganisationId, batch.SentUtc));
    }

    [Fact]
    public async Task StartPage_ExplainsTheNamingRule_AndOffersOnlyCategoriesTheUserSendsIn()
    {
        var mine = await _factory.CategoryAsync();
        var archived = await _factory.CategoryAsync(archived: true);

        var html = await _factory.Officer().GetStringAsync(BulkPages.Start);

        Assert.Contains("100001_Risk letter.pdf", html);
        Assert.Contains(mine.Name, html);
        Assert.DoesNotContain(archived.Name, html);
    }

    [Theory]
    [InlineData(null, "Select the category of the letters")]
    [InlineData("", "Select the category of the letters")]
    [InlineData("nine", "Select the category of the letters")]
    [InlineData("archived", "Select the category of the letters")]
    [InlineData("long message", "Message must be 2000 characters or fewer")]
    public async Task Start_WithABadAnswer_ShowsAnErrorAndCreatesNothing(string? categoryAnswer, string message)
    {
        var category = await _factory.CategoryAsync();
        var archived = await _factory.CategoryAsync(archived: true);
        var fields = new Dictionary<string, string>
        {
            ["CategoryId"] = categoryAnswer switch
            {
                "archived" => archived.Id.ToString(CultureInfo.InvariantCulture),
                "long message" => category.Id.ToString(CultureInfo.InvariantCulture),
                _ => categoryAnswer ?? "",
            },
            ["Message"] = categoryAnswer == "long message" ? new string('x', 2001) : "",
        };

        var response = await _factory.Officer().SubmitAsync(BulkPages.Start, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: ", html);
        Assert.Contains(message, PageText.ErrorSummary(html));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<SendBatch>().CountAsync()));
    }

    [Fact]
    public async Task Upload_WithoutJavaScript_StagesEveryFile_EncryptedSavedOnePerRowAndAudited()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.StartAsync(officer, category.Id);

        var response = await BulkFactory.UploadAsync(officer, batchId, [("100001_Risk letter.pdf", DocumentsFactory.Pdf("ash")), ("100002_Risk letter.pdf", DocumentsFactory.Pdf("birch"))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(BulkPages.Preview(batchId), response.Headers.Location!.OriginalString);
        var staged = await _factory.StagedAsync(batchId);
        Assert.Equal(["100001_Risk letter.pdf", "100002_Risk letter.pdf"], staged.Select(f => f.FileName));
        Assert.All(staged, f => Assert.Equal(("application/pdf", ScanStatus.NotScanned, false), (f.ContentType, f.ScanStatus, f.Dropped)));
        Assert.Equal(2, _factory.BlobCount);
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(_factory.FilesFolder, staged[0].StorageName + ".blob"));
        Assert.Equal(-1, onDisk.AsSpan().IndexOf("%PDF"u8));
        Assert.Equal(2, (await _factory.AuditActionsAsync()).Count(a => a == "documents.uploaded"));
    }

    [Fact]
    public async Task Upload_CanBeRepeated_ToAddMoreFiles()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf");

        await BulkFactory.UploadAsync(officer, batchId, [("100002_Risk letter.pdf", DocumentsFactory.Pdf())]);

        Assert.Equal(2, (await _factory.StagedAsync(batchId)).Count);
        Assert.Contains("2 files are ready to check", await officer.GetStringAsync(BulkPages.Files(batchId)));
    }

    [Fact]
    public async Task Upload_OfAWrongTypeAndATooLargeFile_ListsThemWithTheirMessages_AndKeepsTheRest()
    {
        var category = await _factory.CategoryAsync(maxBytes: 1024);
        var officer = _factory.Officer();
        var batchId = await BulkFactory.StartAsync(officer, category.Id);
        var large = DocumentsFactory.Pdf(new string('x', 2000));

        var response = await BulkFactory.UploadAsync(officer, batchId,
        [
            ("100001_Risk letter.pdf", DocumentsFactory.Pdf()),
            ("100002_Notes.csv", "a,b\n1,2\n"u8.ToArray()),
            ("100002_Large.pdf", large),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("2 files were not uploaded", PageText.ErrorSummary(html));
        var refused = PageText.Table(html, "refused-files");
        Assert.Contains("100002_Notes.csv", refused);
        Assert.Contains("The selected file must be a PDF file", refused);
        Assert.Contains("100002_Large.pdf", refused);
        Assert.Contains("The selected file must be smaller than 1 KB", refused);
        Assert.Contains("The other file was uploaded", html);
        Assert.Equal(["100001_Risk letter.pdf"], (await _factory.StagedAsync(batchId)).Select(f => f.FileName));
        Assert.Equal(1, _factory.BlobCount);
    }

    [Fact]
    public async Task Upload_WithNoFiles_ShowsAnError()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.StartAsync(officer, category.Id);

        var response = await BulkFactory.UploadAsync(officer, batchId, []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Select the files to upload", PageText.ErrorSummary(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("One")]
    public async Task Upload_WithoutTheToken_Is400_AndStagesNothing(string? handler)
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.StartAsync(officer, category.Id);

        var response = await BulkFactory.UploadAsync(officer, batchId, [("100001_Risk letter.pdf", DocumentsFactory.Pdf())], handler, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _factory.StagedAsync(batchId));
        Assert.Equal(0, _factory.BlobCount);
    }

    [Fact]
    public async Task UploadOne_TakesAFile_AndAnswersJsonWithTheDraftsCount()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf");

        var response = await BulkFactory.UploadAsync(officer, batchId, [("100002_Risk letter.pdf", DocumentsFactory.Pdf())], "One");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("100002_Risk letter.pdf", json.RootElement.GetProperty("fileName").GetString());
        Assert.True(json.RootElement.GetProperty("uploaded").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("files").GetInt32());
        Assert.Equal(2, (await _factory.StagedAsync(batchId)).Count);
    }

    [Fact]
    public async Task UploadOne_OfAWrongType_Answers422WithTheMessage_AndStagesNothing()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.StartAsync(officer, category.Id);

        var response = await BulkFactory.UploadAsync(officer, batchId, [("100001_Notes.csv", "a,b\n"u8.ToArray())], "One");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("uploaded").GetBoolean());
        Assert.Equal("The selected file must be a PDF file", json.RootElement.GetProperty("problem").GetString());
        Assert.Empty(await _factory.StagedAsync(batchId));
    }

    [Fact]
    public async Task UploadPage_LoadsItsScript_AndPutsTheTokenBeforeTheFileInput_Once()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.StartAsync(officer, category.Id);

        var html = await officer.GetStringAsync(BulkPages.Files(batchId));

        Assert.Contains("/_content/Perspective.Documents/js/bulk-upload.js", html);
        var form = html[html.IndexOf("data-testid=\"bulk-upload-form\"", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(form, "__RequestVerificationToken"));
        Assert.True(form.IndexOf("__RequestVerificationToken", StringComparison.Ordinal) < form.IndexOf("type=\"file\"", StringComparison.Ordinal));
        Assert.Contains("multiple", html);
        var script = await officer.GetAsync("/_content/Perspective.Documents/js/bulk-upload.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

}
