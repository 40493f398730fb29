using System.Net;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Organisations;

namespace Perspective.Tests.Modules.Audit.Pages.Organisations;

public sealed class SqliteOrganisationAuditTrailTests() : OrganisationAuditTrailTests(postgres: false);

public sealed class PostgresOrganisationAuditTrailTests() : OrganisationAuditTrailTests(postgres: true);

/// <summary>A headteacher's view of their own school's audit events.</summary>
public abstract class OrganisationAuditTrailTests(bool postgres) : HostOnEitherDatabase<OrganisationsFactory>(postgres, new OrganisationsFactory())
{
    private const string Ash = "school-100001";
    private const string Birch = "school-100002";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Factory.AddSchoolsAsync((100001, "8881001", "Ash Primary"), (100002, "8881002", "Birch Primary"));
        await AuditEvents.AddAsync(Factory, ("test.ash-event", Ash, null), ("test.birch-event", Birch, null), ("test.la-event", null, null));
    }

    [Fact]
    public async Task Headteacher_SeesTheirOwnSchoolsEvents_AndNoOthers()
    {
        var response = await Factory.ClientForOrganisation("Hana Head", Ash, "Headteacher").GetAsync($"/audit/organisations/{Ash}");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("test.ash-event", html, StringComparison.Ordinal);
        Assert.DoesNotContain("test.birch-event", html, StringComparison.Ordinal);
        Assert.DoesNotContain("test.la-event", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headteacher_AskingForAnotherSchool_Gets404()
    {
        var response = await Factory.ClientForOrganisation("Hana Head", Ash, "Headteacher").GetAsync($"/audit/organisations/{Birch}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SchoolStaff_WithoutThePermission_AreForbidden()
    {
        var response = await Factory.ClientForOrganisation("Sam Staff", Ash, "School staff").GetAsync($"/audit/organisations/{Ash}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task YourSchoolsAuditTrail_TakesTheHeadteacherToTheirOwnSchool()
    {
        var response = await Factory.ClientForOrganisation("Hana Head", Ash, "Headteacher").GetAsync("/audit/school");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/audit/organisations/{Ash}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LaAdmin_MaySeeAnySchoolsEvents()
    {
        var response = await Factory.ClientFor("Ann Admin", "LA admin").GetAsync($"/audit/organisations/{Birch}");

        Assert.Contains("test.birch-event", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

}
