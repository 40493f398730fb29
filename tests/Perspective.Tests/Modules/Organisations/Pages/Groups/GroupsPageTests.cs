using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Organisations.Pages.Groups;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class GroupsPageTests(OrganisationsFactory factory) : IClassFixture<OrganisationsFactory>, IAsyncLifetime
{
    private readonly OrganisationsFactory _factory = factory;

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    public async Task InitializeAsync()
    {
        await _factory.UseFreshTenantAsync();
        await _factory.AddSchoolsAsync((100001, "8882001", "Northby Primary School"), (100002, "8882002", "Eastwick Primary School"), (100003, "8884001", "Northby Academy"));
    }

    [Fact]
    public async Task CreatingAGroup_ThenPastingMembers_SavesThem()
    {
        var created = await LaAdmin.SubmitAsync("/admin/organisations/groups/new", new Dictionary<string, string> { ["Name"] = "North cluster", ["Kind"] = "Cluster" });
        var membersPage = created.Headers.Location!.ToString();

        var saved = await LaAdmin.SubmitAsync(membersPage, new Dictionary<string, string> { ["Schools"] = "888/2001\r\n\r\n 100003 \r\n8882001\r\n" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["school-100001", "school-100003"], (await _factory.GroupsAsync())["North cluster"].Members);
        var page = await LaAdmin.GetStringAsync(membersPage);
        Assert.Contains("Northby Academy", page, StringComparison.Ordinal);
        Assert.Contains("organisations.group-members-changed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task PastingAnUnknownNumber_ListsItsLine_AndSavesNothing()
    {
        var groupPath = await CreateGroupAsync("North cluster", "100001");

        var response = await LaAdmin.SubmitAsync(groupPath, new Dictionary<string, string> { ["Schools"] = "100002\n9999999\nnot a number\n888/2001" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Schools\">These lines do not match a school&#x27;s URN or DfE number: line 2 (9999999), line 3 (not a number)</a>", html, StringComparison.Ordinal);
        Assert.Equal(["school-100001"], (await _factory.GroupsAsync())["North cluster"].Members);
    }

    [Theory]
    [InlineData("", "Cluster", "Name", "Enter the group&#x27;s name")]
    [InlineData("North cluster", "", "Kind", "Select the kind of group")]
    [InlineData("North cluster", "Phase", "Kind", "Select the kind of group")]
    [InlineData("Existing", "Cluster", "Name", "There is already a cluster group with this name")]
    public async Task BadGroups_AreRefused(string name, string kind, string field, string message)
    {
        await CreateGroupAsync("Existing", "100001");

        var response = await LaAdmin.SubmitAsync("/admin/organisations/groups/new", new Dictionary<string, string> { ["Name"] = name, ["Kind"] = kind });

        Assert.Contains($"<a href=\"#{field}\">{message}</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await _factory.GroupsAsync());
    }

    [Fact]
    public async Task DeletingAGroup_AfterConfirmation_LeavesTheSchools()
    {
        var groupPath = await CreateGroupAsync("North cluster", "100001");

        var confirm = await LaAdmin.GetAsync(groupPath + "/delete");
        var deleted = await LaAdmin.SubmitAsync(groupPath + "/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await _factory.GroupsAsync());
        Assert.Equal(3, (await _factory.OrganisationsAsync()).Count);
        Assert.Contains("organisations.group-deleted", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task PhaseGroups_AreReadOnly()
    {
        await OrganisationsFactory.ImportAsync(LaAdmin, GiasCsv.File(GiasCsv.Row(100001, "2001", "Northby Primary School")));
        var id = await _factory.QueryAsync(db => db.Set<OrganisationGroup>().Where(g => g.Kind == GroupKind.Phase).Select(g => g.Id).SingleAsync());

        var page = await LaAdmin.GetStringAsync($"/admin/organisations/groups/{id}");
        var post = await LaAdmin.SubmitAsync("/admin/organisations/groups", new Dictionary<string, string> { ["Schools"] = "100002" }, $"/admin/organisations/groups/{id}");
        var delete = await LaAdmin.GetAsync($"/admin/organisations/groups/{id}/delete");

        Assert.Contains("data-testid=\"phase-read-only\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("group-members-form", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(["school-100001"], (await _factory.GroupsAsync())["Primary"].Members);
    }

    [Fact]
    public async Task AnLaOfficer_CannotManageGroups()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.ClientFor("Olly", BuiltInRoles.LaOfficer).GetAsync("/admin/organisations/groups")).StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> CreateGroupAsync(string name, string members)
    {
        var created = await LaAdmin.SubmitAsync("/admin/organisations/groups/new", new Dictionary<string, string> { ["Name"] = name, ["Kind"] = "Cluster" });
        var path = created.Headers.Location!.ToString();
        await LaAdmin.SubmitAsync(path, new Dictionary<string, string> { ["Schools"] = members });
        return path;
    }
}
