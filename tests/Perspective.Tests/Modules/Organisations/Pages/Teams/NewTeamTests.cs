using System.Net;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Organisations.Pages.Teams;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class NewTeamTests(OrganisationsFactory factory) : IClassFixture<OrganisationsFactory>, IAsyncLifetime
{
    private readonly OrganisationsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    [Fact]
    public async Task AddingATeam_GivesItAnIdFromItsName()
    {
        var response = await LaAdmin.SubmitAsync("/admin/organisations/teams/new", new Dictionary<string, string> { ["Name"] = " Children's Services " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/organisations/team-childrens-services", response.Headers.Location!.ToString());
        var team = (await _factory.FindAsync("team-childrens-services"))!;
        Assert.Equal(("Children's Services", OrganisationKind.LaTeam, (SchoolEdition?)null), (team.Name, team.Kind, team.Edition));
        Assert.Contains("organisations.team-created", await _factory.AuditActionsAsync());
    }

    [Theory]
    [InlineData("", "Enter the team&#x27;s name")]
    [InlineData("!!!", "Name must include letters or numbers")]
    [InlineData("Childrens Services", "There is already a team with this name")]
    public async Task BadNames_AreRefused(string name, string message)
    {
        await LaAdmin.SubmitAsync("/admin/organisations/teams/new", new Dictionary<string, string> { ["Name"] = "Children's Services" });

        var response = await LaAdmin.SubmitAsync("/admin/organisations/teams/new", new Dictionary<string, string> { ["Name"] = name });

        Assert.Contains($"<a href=\"#Name\">{message}</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await _factory.OrganisationsAsync());
    }

}
