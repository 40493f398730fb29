using System.Net;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Organisations.Data;

namespace Perspective.Tests.Modules.Organisations.Pages.Details;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class OrganisationDetailsTests(OrganisationsFactory factory) : IClassFixture<OrganisationsFactory>, IAsyncLifetime
{
    private readonly OrganisationsFactory _factory = factory;

    private HttpClient Hetty => _factory.ClientForOrganisation("Hetty", "school-100001", BuiltInRoles.Headteacher);

    public async Task InitializeAsync()
    {
        await _factory.UseFreshTenantAsync();
        var own = OrganisationsFactory.School(100001, "8882001", "Northby Primary School");
        own.AttributesJson = """{"NumberOfPupils":"210","SchoolWebsite":"","Town":"Northby"}""";
        await _factory.AddAsync(own, OrganisationsFactory.School(100002, "8882002", "Other School"));
    }

    [Fact]
    public async Task AnLaUser_SeesAnySchool_WithEditionLimitAndGiasDetails()
    {
        var html = await _factory.ClientFor("Olly Officer", BuiltInRoles.LaOfficer).GetStringAsync("/admin/organisations/school-100002");

        Assert.Contains("<h1 class=\"govuk-heading-l\">Other School</h1>", html, StringComparison.Ordinal);
        Assert.Contains("888/2002", html, StringComparison.Ordinal);
        Assert.Contains("2 accounts (the Lite edition&#x27;s default)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Invite a user", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeadteacher_SeesTheirOwnSchool()
    {
        var response = await Hetty.GetAsync("/admin/organisations/school-100001");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Northby Primary School", html, StringComparison.Ordinal);
        Assert.Contains("Other details from GIAS", html, StringComparison.Ordinal);
        Assert.Contains("NumberOfPupils", html, StringComparison.Ordinal);
        // Empty GIAS values are not worth a row.
        Assert.DoesNotContain("SchoolWebsite", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/organisations/school-100002")]
    [InlineData("/admin/organisations/school-999999")]
    public async Task AHeadteacher_GetsNotFound_ForAnotherSchoolOrAnUnknownId(string path)
    {
        var response = await Hetty.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/organisations/school-100001/edition")]
    [InlineData("/admin/organisations/school-100002/edition")]
    [InlineData("/admin/organisations/school-999999/edition")]
    public async Task AHeadteacher_IsForbiddenTheEditionPage_OfAnySchool_SoIdsCannotBeProbed(string path)
    {
        var response = await Hetty.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SomeoneWithNoOrganisationPermission_GetsNotFound_EvenForTheirOwn()
    {
        // Their roles hold neither view permission, so the resource check refuses and answers 404.
        var response = await _factory.ClientForOrganisation("Nobody", "school-100001", "Some other role").GetAsync("/admin/organisations/school-100001");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnLaAdmin_SeesTheInviteLink_AndTheChangeLink()
    {
        var html = await _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin).GetStringAsync("/admin/organisations/school-100001");

        Assert.Contains("href=\"/admin/users/invite?organisation=school-100001\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/organisations/school-100001/edition\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnOrganisationLink_RedirectsToTheUsersOwnPage()
    {
        var response = await Hetty.GetAsync("/organisation");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/organisations/school-100001", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task OwnOrganisationLink_IsNotFound_ForSomeoneWithNone()
    {
        var response = await _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin).GetAsync("/organisation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ATeamsPage_ShowsNoEdition()
    {
        await _factory.AddAsync(new Organisation { Id = "team-virtual-school", Kind = OrganisationKind.LaTeam, Name = "Virtual School" });

        var html = await _factory.ClientFor("Olly Officer", BuiltInRoles.LaOfficer).GetStringAsync("/admin/organisations/team-virtual-school");

        Assert.Contains("LA team", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Account limit", html, StringComparison.Ordinal);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
