using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Bulk;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class BulkAccessTests(BulkFactory factory) : IClassFixture<BulkFactory>, IAsyncLifetime
{
    private readonly BulkFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnotherOfficersDraft_Is404_OnEveryPageAndHandler()
    {
        var category = await _factory.CategoryAsync();
        var batchId = await BulkFactory.DraftWithAsync(_factory.Officer(), category.Id, "Stray.pdf");
        var fileId = await _factory.StagedIdAsync(batchId, "Stray.pdf");
        var other = _factory.OtherOfficer();
        // A real token for the other officer, from a page they may see.
        var token = await other.AntiforgeryTokenAsync(BulkPages.Start);
        FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
            new(fields.Append(("__RequestVerificationToken", token)).Select(f => KeyValuePair.Create(f.Item1, f.Item2)));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(BulkPages.Files(batchId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(BulkPages.Preview(batchId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(BulkPages.Match(batchId, fileId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Upload(other, batchId, token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Upload(other, batchId, token, "One")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{BulkPages.Preview(batchId)}?handler=Remove", Form(("fileId", fileId.ToString())))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{BulkPages.Preview(batchId)}?handler=Send", Form())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(BulkPages.Match(batchId, fileId), Form(("Reference", "100001")))).StatusCode);

        var staged = Assert.Single(await _factory.StagedAsync(batchId));
        Assert.Equal((false, (string?)null), (staged.Dropped, staged.OrganisationId));
        Assert.Equal(8, (await _factory.AuditActionsAsync()).Count(a => a == "documents.access-refused"));
        Assert.Null(await _factory.QueryAsync(db => db.Set<SendBatch>().Where(b => b.Id == batchId).Select(b => b.SentUtc).SingleAsync()));
    }

    [Fact]
    public async Task TheSameOfficerNameInAnotherTenant_Gets404_OnTheDraftsPages()
    {
        var category = await _factory.CategoryAsync();
        var batchId = await BulkFactory.DraftWithAsync(_factory.Officer(), category.Id, "Stray.pdf");
        var fileId = await _factory.StagedIdAsync(batchId, "Stray.pdf");
        await _factory.CreateTenantAsync("north", host: "north.test");
        var otherTenant = _factory.ClientOn("north.test");
        otherTenant.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue(BulkFactory.OfficerName, [BuiltInRoles.LaOfficer], TestOrganisations.LaTeam.Id));

        Assert.Equal(HttpStatusCode.OK, (await otherTenant.GetAsync(BulkPages.Start)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTenant.GetAsync(BulkPages.Files(batchId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTenant.GetAsync(BulkPages.Preview(batchId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTenant.GetAsync(BulkPages.Match(batchId, fileId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTenant.SubmitAsync(BulkPages.Start, new Dictionary<string, string>(), $"{BulkPages.Preview(batchId)}?handler=Send")).StatusCode);
        Assert.Null(await _factory.QueryAsync(db => db.Set<SendBatch>().Where(b => b.Id == batchId).Select(b => b.SentUtc).SingleAsync()));
    }

    [Fact]
    public async Task AnUnknownDraftOrFile_Is404()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.StartAsync(officer, category.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(BulkPages.Preview(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(BulkPages.Match(batchId, Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task ASchoolUser_CannotStartABulkSend()
    {
        var category = await _factory.CategoryAsync();
        var head = _factory.ClientForOrganisation("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);

        var page = await head.GetAsync(BulkPages.Start);
        var post = await head.PostAsync(BulkPages.Start, new FormUrlEncodedContent(new Dictionary<string, string> { ["CategoryId"] = category.Id.ToString(CultureInfo.InvariantCulture) }));

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("/files", post.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<SendBatch>().CountAsync()));
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, Guid batchId, string token, string? handler)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(DocumentsFactory.Pdf()), "Files", "100001_Risk letter.pdf" },
        };
        return await client.PostAsync(handler is null ? BulkPages.Files(batchId) : $"{BulkPages.Files(batchId)}?handler={handler}", form);
    }

}
