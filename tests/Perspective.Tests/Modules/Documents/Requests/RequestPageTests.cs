using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Requests;

/// <summary>
/// A request's page, its list, closing it and the zip of its answers. One host for the class; each
/// test in a tenant of its own on it (the test that moves the clock is in <see cref="RequestPageOnItsOwnHostTests"/>).
/// </summary>
public sealed class RequestPageTests(RequestsFactory factory) : IClassFixture<RequestsFactory>, IAsyncLifetime
{
    private readonly RequestsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheZipOfAnswers_HoldsEachSubmittedFileDecrypted_NamedBySchool()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync()));
        var ashPdf = RequestsFactory.Pdf("Ash audit");
        var birchPdf = RequestsFactory.Pdf("Birch audit");
        await RequestsFactory.AnswerAsync(_factory.AshHead(), id, ashPdf, "Audit.pdf");
        await RequestsFactory.AnswerAsync(_factory.BirchHead(), id, birchPdf, "Our audit: final.pdf");

        var response = await _factory.Officer().GetAsync($"/documents/requests/{id}/answers.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment; filename=\"Safeguarding audit - answers.zip\"", string.Join(",", response.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        Assert.Equal(["100001 Ash Primary School - Audit.pdf", "100002 Birch Academy - Our audit: final.pdf"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(ashPdf, await ReadAsync(zip.Entries[0]));
        Assert.Equal(birchPdf, await ReadAsync(zip.Entries[1]));
        Assert.Contains("documents.answers-downloaded", await _factory.AuditActionsAsync());
        // The bytes at rest are not the plaintext.
        Assert.All(Directory.GetFiles(Path.Combine(_factory.DataPath, "Sites", _factory.TenantName, "Files"), "*.blob"),
            blob => Assert.DoesNotContain("audit", File.ReadAllText(blob), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAskersList_ShowsResponsesAndStatus_AndFilters()
    {
        var category = await _factory.CategoryAsync();
        var open = await _factory.AskAsync(RequestsFactory.Answers(category));
        var closedAnswers = RequestsFactory.Answers(category);
        closedAnswers["Title"] = "Attendance figures";
        var closed = await _factory.AskAsync(closedAnswers);
        await RequestsFactory.AnswerAsync(_factory.AshHead(), open, RequestsFactory.Pdf("x"));
        var officer = _factory.Officer();
        await officer.SubmitAsync($"/documents/requests/{closed}/close", new Dictionary<string, string>());

        var all = await officer.GetStringAsync("/documents/requests");
        var onlyOpen = await officer.GetStringAsync("/documents/requests?Status=open");
        var searched = await officer.GetStringAsync("/documents/requests?Search=attendance");

        Assert.Contains("1 of 2 responded", all, StringComparison.Ordinal);
        Assert.Contains("Closed", all, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"request-{open}\"", onlyOpen, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"request-{closed}\"", onlyOpen, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"request-{closed}\"", searched, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"request-{open}\"", searched, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_AsksToConfirm_SetsClosedUtc_AndIsAuditedOnce()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync()));
        var officer = _factory.Officer();

        var confirm = await officer.GetStringAsync($"/documents/requests/{id}/close");
        var closed = await officer.SubmitAsync($"/documents/requests/{id}/close", new Dictionary<string, string>());
        var again = await officer.PostAsync($"/documents/requests/{id}/close", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await RequestsFactory.TokenAsync(officer) }));

        Assert.Contains("Are you sure you want to close this request?", confirm, StringComparison.Ordinal);
        Assert.Equal($"/documents/requests/{id}", closed.Headers.Location?.OriginalString);
        Assert.Equal($"/documents/requests/{id}", again.Headers.Location?.OriginalString);
        Assert.Equal(_factory.Now, await _factory.QueryAsync(db => db.Set<FileRequest>().Select(r => r.ClosedUtc).SingleAsync()));
        Assert.Single(await _factory.AuditActionsAsync(), "documents.file-request-closed");
    }

    [Fact]
    public async Task AnotherLaOrganisationsOfficer_Gets404_OnThePageTheCloseAndTheZip()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync()));
        var other = _factory.ClientForOrganisation("otto", "team-virtual-school", BuiltInRoles.LaOfficer);
        var token = await RequestsFactory.TokenAsync(other);

        await AssertEveryIdEndpointIsNotFoundAsync(other, id, token);
        Assert.Equal(5, (await _factory.AuditActionsAsync()).Count(a => a == "documents.access-refused"));
    }

    [Fact]
    public async Task ASchoolUser_Gets404_OnTheCloseAndTheZip()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync()));
        var head = _factory.AshHead();

        var close = await head.GetAsync($"/documents/requests/{id}/close");
        var zip = await head.GetAsync($"/documents/requests/{id}/answers.zip");

        Assert.NotEqual(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zip.StatusCode);
    }

    [Fact]
    public async Task AUserOfAnotherTenant_Gets404_OnEveryIdEndpoint()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync()));
        await _factory.CreateTenantAsync("north", host: "north.test");
        var officer = _factory.ClientOn("north.test");
        officer.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue(RequestsFactory.OfficerId, [BuiltInRoles.LaOfficer], RequestsFactory.La));
        var head = _factory.ClientOn("north.test");
        head.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue(RequestsFactory.AshHeadId, [BuiltInRoles.Headteacher], RequestsFactory.Ash));

        await AssertEveryIdEndpointIsNotFoundAsync(officer, id, await RequestsFactory.TokenAsync(officer));
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/documents/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RequestsFactory.AnswerAsync(head, id, RequestsFactory.Pdf("x"), token: "not-checked-before-the-404")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownId_Gets404()
    {
        var officer = _factory.Officer();

        await AssertEveryIdEndpointIsNotFoundAsync(officer, 4242, await RequestsFactory.TokenAsync(officer));
    }

    private async Task AssertEveryIdEndpointIsNotFoundAsync(HttpClient client, int id, string token)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documents/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documents/requests/{id}/close")).StatusCode);
        var close = await client.PostAsync($"/documents/requests/{id}/close", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documents/requests/{id}/answers.zip")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RequestsFactory.AnswerAsync(client, id, RequestsFactory.Pdf("x"), token: token)).StatusCode);
        Assert.Null(await _factory.QueryAsync(db => db.Set<FileRequest>().Where(r => r.Id == id).Select(r => r.ClosedUtc).FirstOrDefaultAsync()));
        Assert.DoesNotContain("documents.answers-downloaded", await _factory.AuditActionsAsync());
    }

    private static async Task<byte[]> ReadAsync(ZipArchiveEntry entry)
    {
        await using var stream = await entry.OpenAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
