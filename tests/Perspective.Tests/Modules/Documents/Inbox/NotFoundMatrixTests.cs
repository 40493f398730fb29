using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;

namespace Perspective.Tests.Modules.Documents.Inbox;

/// <summary>
/// Every endpoint that takes a document or batch id answers 404 to a user of another school, to a
/// user of the same school without the category's recipient role, and to a user of another
/// tenant; the sender-only ones also to the document's own recipient. Nothing changes, and each
/// refusal in the tenant is audited. One host for the class; each test in a tenant of its own on
/// it. The other tenant, north, is made once per host: the tests only send it requests it refuses.
/// </summary>
public sealed class NotFoundMatrixTests(DocumentsFactory factory) : IClassFixture<DocumentsFactory>, IAsyncLifetime
{
    private readonly DocumentsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, bool> Endpoints => new()
    {
        { "GET /documents/{id}", false },
        { "GET /documents/{id}/download", false },
        { "GET /documents/{id}/versions/1/download", true },
        { "GET /documents/{id}/revoke", true },
        { "POST /documents/{id}/revoke", true },
        { "GET /documents/{id}/expiry", true },
        { "POST /documents/{id}/expiry", true },
        { "POST /documents/{id}/expiry?handler=Clear", true },
        { "GET /documents/{id}/replace", true },
        { "POST /documents/{id}/replace", true },
        { "GET /documents/{id}/delete", true },
        { "POST /documents/{id}/delete", true },
        { "GET /documents/sent/{batch}", true },
        { "POST /documents/sent/{batch}?handler=Remind", true },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task OtherUsers_Get404_AndChangeNothing(string endpoint, bool senderOnly)
    {
        await _factory.UserAsync("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);
        var id = await _factory.SentAsync(await _factory.CategoryAsync(recipients: BuiltInRoles.Headteacher), DocumentsFactory.Pdf());
        var batch = await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.Id == id).Select(d => d.BatchId!.Value).SingleAsync());
        var otherTenant = await NorthAsync();
        otherTenant.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue(DocumentsFactory.OfficerId, [BuiltInRoles.LaOfficer], "LA"));
        var users = new Dictionary<string, HttpClient>
        {
            ["another school"] = _factory.Client("bea", InboxSeeds.Birch, BuiltInRoles.Headteacher),
            ["the same school without the role"] = _factory.Client("stan", InboxSeeds.Ash, BuiltInRoles.SchoolStaff),
            ["another tenant, same names"] = otherTenant,
        };
        if (senderOnly)
        {
            users["the recipient"] = _factory.Client("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);
        }

        var emailsBefore = await _factory.EmailsAsync("documents.new-document");
        foreach (var (who, client) in users)
        {
            var response = await SendAsync(client, endpoint.Replace("{id}", id.ToString(), StringComparison.Ordinal).Replace("{batch}", batch.ToString(), StringComparison.Ordinal), id);

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{endpoint} for {who}: {response.StatusCode}");
        }

        var document = await _factory.QueryAsync(db => db.Set<Document>().SingleAsync(d => d.Id == id));
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<SendBatch>().CountAsync()));
        Assert.Null(document.RevokedUtc);
        Assert.Null(document.ExpiresUtc);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<DocumentVersion>().CountAsync(v => v.DocumentId == id)));
        Assert.Null(await _factory.QueryAsync(db => db.Set<DocumentRecipient>().Where(r => r.DocumentId == id).Select(r => r.LastRemindedUtc).SingleAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentOpening>().CountAsync()));
        Assert.Equal(emailsBefore, await _factory.EmailsAsync("documents.new-document"));
        Assert.Empty(await _factory.EmailsAsync("documents.reminder"));
        var refusedInThisTenant = users.Keys.Count(who => who != "another tenant, same names");
        Assert.Equal(refusedInThisTenant, (await _factory.AuditActionsAsync()).Count(a => a == "documents.access-refused"));
    }

    [Theory]
    [InlineData("/documents/{id}/download")]
    [InlineData("/documents/{id}/versions/1/download")]
    public async Task ATwoFactorDocument_Gives403WithoutTwoFactor_And200WithIt(string path)
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(twoFactor: true), DocumentsFactory.Pdf());
        var url = path.Replace("{id}", id.ToString(), StringComparison.Ordinal);
        var (name, organisation, role) = path.Contains("versions", StringComparison.Ordinal)
            ? (DocumentsFactory.OfficerId, "LA", BuiltInRoles.LaOfficer)
            : ("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);

        var without = await _factory.Client(name, organisation, role).GetAsync(url);
        var with = await _factory.Client(name, organisation, role, twoFactor: true).GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    /// <summary>A client on north, the other tenant, which the first test on the host makes.</summary>
    private async Task<HttpClient> NorthAsync()
    {
        if (await _factory.Services.GetRequiredService<ITenantCatalog>().FindAsync("north") is null)
        {
            await _factory.CreateTenantAsync("north", host: "north.test");
        }

        return _factory.ClientOn("north.test");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string endpoint, Guid id)
    {
        var (method, url) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        if (method == "GET")
        {
            return await client.GetAsync(url);
        }

        // A real token for this user and tenant, from a page they can open (the account bar's form).
        if (url.EndsWith("/replace", StringComparison.Ordinal))
        {
            return await DocumentPageTests.UploadAsync(client, id, DocumentsFactory.Pdf("other"), "other.pdf", tokenPage: "/documents");
        }

        return await client.SubmitAsync("/documents", new Dictionary<string, string>
        {
            ["Expiry.Day"] = "1",
            ["Expiry.Month"] = "1",
            ["Expiry.Year"] = "2099",
        }, url);
    }
}
