using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;

namespace Perspective.Tests.Modules.Documents.Inbox;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class DocumentPageTests(DocumentsFactory factory) : IClassFixture<DocumentsFactory>, IAsyncLifetime
{
    private readonly DocumentsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient? _officer;

    /// <summary>One client, so its cookies (the banner after a redirect) carry from request to request.</summary>
    private HttpClient Officer => _officer ??= _factory.Client(DocumentsFactory.OfficerId, "LA", BuiltInRoles.LaOfficer);

    private HttpClient AshHead => _factory.Client("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);

    [Fact]
    public async Task ARecipient_SeesTheDocumentAndADownloadButton_ButNoSenderTools()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        var html = await AshHead.GetStringAsync($"/documents/{id}");

        Assert.Contains("Risk letter.pdf", html, StringComparison.Ordinal);
        Assert.Contains("School Improvement Team", html, StringComparison.Ordinal);
        Assert.Contains($"/documents/{id}/download", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"versions\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/revoke", html, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentOpening>().CountAsync()));
    }

    [Fact]
    public async Task ATwoFactorCategory_WithoutTwoFactor_ShowsAnInsetInsteadOfTheButton()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(twoFactor: true), DocumentsFactory.Pdf());

        var without = await AshHead.GetStringAsync($"/documents/{id}");
        var with = await _factory.Client("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher, twoFactor: true).GetStringAsync($"/documents/{id}");

        Assert.Contains("two-factor-needed", without, StringComparison.Ordinal);
        Assert.DoesNotContain($"/documents/{id}/download", without, StringComparison.Ordinal);
        Assert.Contains($"/documents/{id}/download", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSender_SeesVersionsAndTools_AndAColleagueToo()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        var html = await Officer.GetStringAsync($"/documents/{id}");
        var colleague = await _factory.Client("colin", "LA", BuiltInRoles.LaOfficer).GetStringAsync($"/documents/{id}");

        Assert.Contains("data-testid=\"version-1\"", html, StringComparison.Ordinal);
        Assert.Contains($"/documents/{id}/revoke", html, StringComparison.Ordinal);
        Assert.Contains($"/documents/{id}/replace", html, StringComparison.Ordinal);
        Assert.Contains($"/documents/{id}/expiry", html, StringComparison.Ordinal);
        Assert.Contains("/documents/sent/", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"version-1\"", colleague, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_TakesAccessFromRecipients_AndTheSenderStillSeesIt()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        Assert.Equal(HttpStatusCode.OK, (await AshHead.GetAsync($"/documents/{id}")).StatusCode);

        var get = await Officer.GetAsync($"/documents/{id}/revoke");
        Assert.Null(await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.Id == id).Select(d => d.RevokedUtc).SingleAsync()));
        var response = await Officer.SubmitAsync($"/documents/{id}/revoke", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var revoked = await _factory.QueryAsync(db => db.Set<Document>().SingleAsync(d => d.Id == id));
        Assert.NotNull(revoked.RevokedUtc);
        Assert.Equal(DocumentsFactory.OfficerId, revoked.RevokedByUserId);
        Assert.Equal(HttpStatusCode.NotFound, (await AshHead.GetAsync($"/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AshHead.GetAsync($"/documents/{id}/download")).StatusCode);
        var sender = await Officer.GetStringAsync($"/documents/{id}");
        Assert.Contains("document-revoked", sender, StringComparison.Ordinal);
        Assert.Contains("is revoked", sender, StringComparison.Ordinal);
        Assert.Contains("documents.revoked", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task RevokingWithoutTheAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        var response = await Officer.PostAsync($"/documents/{id}/revoke", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.Id == id).Select(d => d.RevokedUtc).SingleAsync()));
    }

    [Fact]
    public async Task SettingAnExpiryDate_InTheFuture_KeepsItOpenUntilTheEndOfThatDay_AndCanBeCleared()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        var year = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await Officer.SubmitAsync($"/documents/{id}/expiry", Date("1", "3", year));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expires = await ExpiresAsync(id);
        // The last day recipients can open it is 1 March (GMT): access ends at the start of 2 March.
        Assert.Equal(new DateTime(DateTime.UtcNow.Year + 1, 3, 2, 0, 0, 0, DateTimeKind.Utc), expires);
        Assert.Contains($"Until the end of 1 March {year}", await Officer.GetStringAsync($"/documents/{id}"), StringComparison.Ordinal);
        Assert.Contains("documents.expiry-set", await _factory.AuditActionsAsync());
        Assert.Equal(HttpStatusCode.OK, (await AshHead.GetAsync($"/documents/{id}")).StatusCode);

        await Officer.SubmitAsync($"/documents/{id}/expiry", new Dictionary<string, string>(), $"/documents/{id}/expiry?handler=Clear");
        Assert.Null(await ExpiresAsync(id));
    }

    [Theory]
    [InlineData("", "", "", "Enter the expiry date")]
    [InlineData("1", "", "2099", "The expiry date must include a month")]
    [InlineData("31", "2", "2099", "The expiry date must be a real date")]
    [InlineData("1", "1", "99", "Year must include 4 numbers")]
    [InlineData("1", "1", "2020", "The expiry date must be in the future")]
    [InlineData("x", "1", "2099", "The expiry date must be a real date")]
    public async Task ABadExpiryDate_GetsAGovUkError_AndChangesNothing(string day, string month, string year, string message)
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        var response = await Officer.SubmitAsync($"/documents/{id}/expiry", Date(day, month, year));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Null(await ExpiresAsync(id));
        Assert.DoesNotContain("documents.expiry-set", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task WhenTheExpiryDatePasses_TheRecipientGets404_AndTheSenderStillSeesIt()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        await _factory.ChangeDocumentAsync(id, d => d.ExpiresUtc = DateTime.UtcNow.AddMinutes(-1));

        Assert.Equal(HttpStatusCode.NotFound, (await AshHead.GetAsync($"/documents/{id}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await AshHead.GetStringAsync("/documents"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Officer.GetAsync($"/documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task ReplacingTheFile_GivesRecipientsTheNewBytes_AndTheSenderBothVersions()
    {
        await _factory.UserAsync("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);
        var first = DocumentsFactory.Pdf("first");
        var second = DocumentsFactory.Pdf("second version");
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), first);

        var response = await UploadAsync(Officer, id, second, "Risk letter v2.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(second, await AshHead.GetByteArrayAsync($"/documents/{id}/download"));
        Assert.Equal(first, await Officer.GetByteArrayAsync($"/documents/{id}/versions/1/download"));
        Assert.Equal(second, await Officer.GetByteArrayAsync($"/documents/{id}/versions/2/download"));
        Assert.Equal(HttpStatusCode.NotFound, (await AshHead.GetAsync($"/documents/{id}/versions/1/download")).StatusCode);
        Assert.Contains("documents.version-added", await _factory.AuditActionsAsync());
        Assert.Equal(2, (await _factory.EmailsAsync("documents.new-document")).Count);
        Assert.Contains("Risk letter v2.pdf", await Officer.GetStringAsync($"/documents/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplacingWithAFileOfTheWrongType_GetsAnError_AndAddsNoVersion()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        var response = await UploadAsync(Officer, id, "not a pdf"u8.ToArray(), "notes.pdf");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-message", html, StringComparison.Ordinal);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<DocumentVersion>().CountAsync(v => v.DocumentId == id)));
    }

    [Fact]
    public async Task ReplacingWithAForgedToken_IsRefused()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        using var content = new MultipartFormDataContent
        {
            { new StringContent("forged"), "__RequestVerificationToken" },
        };
        using var file = new ByteArrayContent(DocumentsFactory.Pdf("sneaky"));
        content.Add(file, "Upload", "sneaky.pdf");

        var response = await Officer.PostAsync($"/documents/{id}/replace", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<DocumentVersion>().CountAsync(v => v.DocumentId == id)));
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] bytes, string fileName, string? tokenPage = null)
    {
        var token = await client.AntiforgeryTokenAsync(tokenPage ?? $"/documents/{id}/replace");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "Upload", fileName);
        return await client.PostAsync($"/documents/{id}/replace", content);
    }

    private static Dictionary<string, string> Date(string day, string month, string year) => new()
    {
        ["Expiry.Day"] = day,
        ["Expiry.Month"] = month,
        ["Expiry.Year"] = year,
    };

    private Task<DateTime?> ExpiresAsync(Guid id) =>
        _factory.QueryAsync(db => db.Set<Document>().Where(d => d.Id == id).Select(d => d.ExpiresUtc).SingleAsync());
}
