using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Sending.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class SentPageTests(SendPageFactory factory) : IClassFixture<SendPageFactory>, IAsyncLifetime
{
    private readonly SendPageFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheConfirmation_ShowsTheSchool_AndLinksToReceiptsAndSendingAnother()
    {
        var category = await _factory.CategoryAsync();
        await _factory.PersonAsync("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);
        var officer = _factory.Officer();
        var sent = await SentAsync(officer, category, ("SendTo", "one"), ("RecipientReference", "100001"));

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(sent));

        Assert.Contains("Document sent", html, StringComparison.Ordinal);
        Assert.Contains("Ash Primary School", html, StringComparison.Ordinal);
        Assert.Contains($"/documents/sent/{BatchIdOf(sent)}", html, StringComparison.Ordinal);
        Assert.Contains("Send another document", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nobody at", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereNobodyHoldsTheChosenRole_TheSenderIsTold_AndTheDocumentIsStillSent()
    {
        var category = await _factory.CategoryAsync(recipients: $"{BuiltInRoles.Headteacher},Designated teacher");
        await _factory.PersonAsync("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);
        var officer = _factory.Officer();
        var sent = await SentAsync(officer, category, ("SendTo", "one"), ("RecipientReference", "100001"), ("RecipientRoleName", "Designated teacher"));

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(sent));

        Assert.Contains("Nobody at Ash Primary School has the role Designated teacher yet. They will see the document when someone is given the role.", html, StringComparison.Ordinal);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<DocumentRecipient>().CountAsync()));
    }

    [Fact]
    public async Task WhereNobodyAtSomeSchoolsHoldsTheCategorysRoles_TheyAreListed()
    {
        var category = await _factory.CategoryAsync(recipients: BuiltInRoles.Headteacher);
        await _factory.PersonAsync("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);
        await _factory.PersonAsync("sam", TestOrganisations.Birch.Id, BuiltInRoles.SchoolUser);
        var officer = _factory.Officer();
        var sent = await SentAsync(officer, category, ("SendTo", "every"));

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(sent));

        Assert.Contains("2 schools or teams", html, StringComparison.Ordinal);
        Assert.Contains("Nobody at Birch Academy has the role Headteacher yet.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nobody at Ash", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConfirmation_IsNotFound_ForAnyoneButTheSender_EvenTheSameNameInAnotherTenant()
    {
        var category = await _factory.CategoryAsync();
        var sent = await SentAsync(_factory.Officer(), category, ("SendTo", "one"), ("RecipientReference", "100001"));

        var colleague = await _factory.ClientForOrganisation("other-officer", TestOrganisations.LaTeam.Id, BuiltInRoles.LaOfficer).GetAsync(sent);
        var head = await _factory.ClientForOrganisation("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync(sent);
        var unknown = await _factory.Officer().GetAsync($"/documents/send/sent/{Guid.NewGuid()}");
        await _factory.CreateTenantAsync("north", host: "north.test");
        var otherTenantClient = _factory.ClientOn("north.test");
        otherTenantClient.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue(SendPageFactory.OfficerId, [BuiltInRoles.LaOfficer], TestOrganisations.LaTeam.Id));
        var otherTenant = await otherTenantClient.GetAsync(sent);

        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<string> SentAsync(HttpClient client, int category, params (string Name, string Value)[] fields)
    {
        var response = await client.SendAsync(SendForm.Fields(category, fields), SendForm.Pdf());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static string BatchIdOf(string sentPath) => sentPath[(sentPath.LastIndexOf('/') + 1)..];
}
