using System.Net;
using System.Text.RegularExpressions;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Organisations.Pages.Organisations;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed partial class OrganisationsListTests(OrganisationsFactory factory) : IClassFixture<OrganisationsFactory>, IAsyncLifetime
{
    private readonly OrganisationsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient LaOfficer => _factory.ClientFor("Olly Officer", BuiltInRoles.LaOfficer);

    [Fact]
    public async Task TheList_ShowsSchoolsAndTeams_WithDfeNumbersAsLaSlashNumber()
    {
        await _factory.AddSchoolsAsync((100001, "8882001", "Northby Primary School"));
        await _factory.AddAsync(new Organisation { Id = "team-virtual-school", Kind = OrganisationKind.LaTeam, Name = "Virtual School" });

        var html = await LaOfficer.GetStringAsync("/admin/organisations");

        Assert.Equal(["Virtual School", "Northby Primary School"], Names(html));
        Assert.Matches("<td[^>]*>888/2001</td>", html);
    }

    [Theory]
    [InlineData("northby", new[] { "Northby Primary School" })]
    [InlineData("100002", new[] { "St Mary's Catholic High School" })]
    [InlineData("888/2003", new[] { "Closed Infant School" })]
    [InlineData("8882003", new[] { "Closed Infant School" })]
    public async Task Search_FindsByNameUrnOrDfeNumber(string search, string[] expected)
    {
        await SeedAsync();

        var html = await LaOfficer.GetStringAsync($"/admin/organisations?Search={Uri.EscapeDataString(search)}");

        Assert.Equal(expected, Names(html));
    }

    [Theory]
    [InlineData("Phase=Secondary", new[] { "St Mary's Catholic High School" })]
    [InlineData("Status=closed", new[] { "Closed Infant School" })]
    [InlineData("Status=open&Edition=Lite", new[] { "Northby Primary School" })]
    [InlineData("Edition=Full", new[] { "St Mary's Catholic High School" })]
    public async Task Filters_NarrowTheList(string query, string[] expected)
    {
        await SeedAsync();

        var html = await LaOfficer.GetStringAsync($"/admin/organisations?{query}");

        Assert.Equal(expected, Names(html));
    }

    [Fact]
    public async Task TheGroupFilter_ShowsTheGroupsSchools()
    {
        await SeedAsync();
        var result = await _factory.RunRecipeAsync(Perspective.Recipes.RecipeSource.FromJson("t.recipe.json", """
            { "name": "t", "steps": [ { "name": "organisations", "groups": [ { "name": "North", "kind": "Cluster", "members": ["100001"] } ] } ] }
            """));
        Assert.Empty(result.Errors);
        var groupId = (await _factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Set<OrganisationGroup>()))).Id;

        var html = await LaOfficer.GetStringAsync($"/admin/organisations?Group={groupId}");

        Assert.Equal(["Northby Primary School"], Names(html));
    }

    [Fact]
    public async Task LongLists_ArePaginatedFiftyAPage_KeepingTheFilters()
    {
        await _factory.AddSchoolsAsync([.. Enumerable.Range(0, 120).Select(i => (100100 + i, $"888{2100 + i}", $"School {i:000}"))]);

        var first = await LaOfficer.GetStringAsync("/admin/organisations?Search=school");
        var third = await LaOfficer.GetStringAsync("/admin/organisations?Search=school&pageNumber=3");
        var beyond = await LaOfficer.GetAsync("/admin/organisations?pageNumber=4");

        Assert.Equal(50, Names(first).Count);
        Assert.Contains("Schools and teams 1 to 50 of 120", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/organisations?Search=school&amp;pageNumber=2\"", first, StringComparison.Ordinal);
        Assert.Equal(20, Names(third).Count);
        Assert.Equal("School 100", Names(third)[0]);
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task SomeoneWithoutThePermission_IsForbidden()
    {
        var response = await _factory.ClientForOrganisation("Hetty", "school-100001", BuiltInRoles.Headteacher).GetAsync("/admin/organisations");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task SeedAsync()
    {
        var high = OrganisationsFactory.School(100002, "8882002", "St Mary's Catholic High School", "Secondary");
        high.Edition = SchoolEdition.Full;
        var closed = OrganisationsFactory.School(100003, "8882003", "Closed Infant School");
        closed.ClosedUtc = new DateTime(2025, 7, 31, 0, 0, 0, DateTimeKind.Utc);
        await _factory.AddAsync(OrganisationsFactory.School(100001, "8882001", "Northby Primary School"), high, closed);
    }

    private static List<string> Names(string html) =>
        RowName().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<tr[^>]*data-testid=\"organisation-row\"[^>]*>\\s*<td[^>]*><a[^>]*>([^<]+)</a>")]
    private static partial Regex RowName();
}
