using System.Net;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Organisations.Pages.Edition;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class EditionPageTests(OrganisationsFactory factory) : IClassFixture<OrganisationsFactory>, IAsyncLifetime
{
    private const string Path = "/admin/organisations/school-100001/edition";

    private readonly OrganisationsFactory _factory = factory;

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    public async Task InitializeAsync()
    {
        await _factory.UseFreshTenantAsync();
        await _factory.AddSchoolsAsync((100001, "8882001", "Northby Primary School"));
    }

    [Fact]
    public async Task Saving_ChangesTheEditionAndLimit_AndIsAudited()
    {
        var response = await LaAdmin.SubmitAsync(Path, new Dictionary<string, string> { ["Edition"] = "Full", ["AccountLimit"] = " 7 " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var school = (await _factory.FindAsync("school-100001"))!;
        Assert.Equal((SchoolEdition.Full, 7), (school.Edition!.Value, school.AccountLimitOverride!.Value));
        Assert.Contains("organisations.edition-changed", await _factory.AuditActionsAsync());
    }

    [Theory]
    [InlineData("Lite", "five", "AccountLimit", "Account limit must be a whole number, like 5")]
    [InlineData("Lite", "2.5", "AccountLimit", "Account limit must be a whole number, like 5")]
    [InlineData("Lite", "-1", "AccountLimit", "Account limit must be a whole number, like 5")]
    [InlineData("Lite", "0", "AccountLimit", "Account limit must be between 1 and 100")]
    [InlineData("Lite", "101", "AccountLimit", "Account limit must be between 1 and 100")]
    [InlineData("", "", "Edition", "Select the school&#x27;s edition")]
    [InlineData("Gold", "", "Edition", "Select the school&#x27;s edition")]
    public async Task BadAnswers_AreShownAgainstTheirField_AndChangeNothing(string edition, string limit, string field, string message)
    {
        var response = await LaAdmin.SubmitAsync(Path, new Dictionary<string, string> { ["Edition"] = edition, ["AccountLimit"] = limit });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#{field}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        var school = (await _factory.FindAsync("school-100001"))!;
        Assert.Equal((SchoolEdition.Lite, (int?)null), (school.Edition!.Value, school.AccountLimitOverride));
        Assert.DoesNotContain("organisations.edition-changed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AnLaOfficer_IsForbidden()
    {
        var response = await _factory.ClientFor("Olly Officer", BuiltInRoles.LaOfficer).GetAsync(Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownSchool_IsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await LaAdmin.GetAsync("/admin/organisations/school-999999/edition")).StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
