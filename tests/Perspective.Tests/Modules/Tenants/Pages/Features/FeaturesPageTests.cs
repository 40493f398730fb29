using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Pages.Features;

/// <summary>
/// The LA administrator's page of feature switches. One host for the class; each test in a tenant of
/// its own on it, whose modules the switches change (a module off for the whole portal needs a host
/// started so: <see cref="FeaturesPageOnItsOwnHostTests"/>).
/// </summary>
public sealed class FeaturesPageTests(PerspectiveFactory factory) : IClassFixture<PerspectiveFactory>, IAsyncLifetime
{
    internal const string PagePath = "/admin/features";
    internal const string Audit = "Perspective.Audit";

    private readonly PerspectiveFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    [Fact]
    public async Task LaAdmin_SeesEveryModule_ByCategory_WithItsState()
    {
        var response = await LaAdmin.GetAsync(PagePath);
        var html = await response.HtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Administration</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Security</caption>", html, StringComparison.Ordinal);
        Assert.Contains("Shows the tenant's audit trail to LA administrators.", Row(html, Audit), StringComparison.Ordinal);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--green\">Enabled</strong>", Row(html, Audit), StringComparison.Ordinal);
        Assert.Contains("action=\"/admin/features?handler=Disable\"", Row(html, Audit), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlwaysOnModules_SayAlwaysOn_AndHaveNoButton()
    {
        var html = await (await LaAdmin.GetAsync(PagePath)).HtmlAsync();

        foreach (var module in new[] { "Perspective.Users", "Perspective.Recipes", "Perspective.Tenants" })
        {
            Assert.Contains("<strong class=\"govuk-tag govuk-tag--blue\">Always on</strong>", Row(html, module), StringComparison.Ordinal);
            Assert.DoesNotContain("<form", Row(html, module), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Headteacher_IsForbidden_ToSeeOrSwitch()
    {
        var client = _factory.ClientFor("Hana Head", BuiltInRoles.Headteacher);

        var page = await client.GetAsync(PagePath);
        var post = await client.SubmitAsync("/", new Dictionary<string, string> { ["module"] = Audit }, PagePath + "?handler=Disable");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains(Audit, (await _factory.FindTenantAsync(_factory.TenantName))!.EnabledFeatures);
    }

    [Fact]
    public async Task Disabling_TakesTheModulesPagesAndMenuEntryAway_AndIsAudited()
    {
        var client = LaAdmin;

        var response = await client.SubmitAsync(PagePath, new Dictionary<string, string> { ["module"] = Audit }, PagePath + "?handler=Disable");
        var page = await (await client.GetAsync(PagePath)).HtmlAsync();
        var auditPage = await client.GetAsync("/admin/audit");
        var admin = await (await client.GetAsync("/admin")).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<p class=\"govuk-notification-banner__heading\">Perspective.Audit is off.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--grey\">Disabled</strong>", Row(page, Audit), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, auditPage.StatusCode);
        Assert.DoesNotContain("Audit trail", admin, StringComparison.Ordinal);
        Assert.DoesNotContain(Audit, (await _factory.FindTenantAsync(_factory.TenantName))!.EnabledFeatures);
        Assert.Equal([("features.disabled", Audit)], await EventsAsync());
    }

    [Fact]
    public async Task Enabling_BringsTheModuleBack_AndIsAudited()
    {
        var client = LaAdmin;
        await client.SubmitAsync(PagePath, new Dictionary<string, string> { ["module"] = Audit }, PagePath + "?handler=Disable");

        var response = await client.SubmitAsync(PagePath, new Dictionary<string, string> { ["module"] = Audit }, PagePath + "?handler=Enable");
        var page = await (await client.GetAsync(PagePath)).HtmlAsync();
        var auditPage = await client.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<p class=\"govuk-notification-banner__heading\">Perspective.Audit is on.</p>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, auditPage.StatusCode);
        Assert.Contains(Audit, (await _factory.FindTenantAsync(_factory.TenantName))!.EnabledFeatures);
        Assert.Equal([("features.disabled", Audit), ("features.enabled", Audit)], await EventsAsync());
    }

    [Theory]
    [InlineData("Enable", "Perspective.Nowhere")]
    [InlineData("Disable", "Perspective.Nowhere")]
    [InlineData("Disable", "Perspective.Users")]
    [InlineData("Enable", "")]
    public async Task AnUnknownOrAlwaysOnModule_IsNotFound_AndNothingChanges(string handler, string module)
    {
        var before = (await _factory.FindTenantAsync(_factory.TenantName))!.EnabledFeatures.ToList();

        var response = await LaAdmin.SubmitAsync(PagePath, new Dictionary<string, string> { ["module"] = module }, $"{PagePath}?handler={handler}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, (await _factory.FindTenantAsync(_factory.TenantName))!.EnabledFeatures);
        Assert.Empty(await EventsAsync());
    }

    [Fact]
    public async Task InsideATenant_TheSwitchesChangeThatTenantOnly()
    {
        await _factory.CreateTenantAsync("north", host: "north.test");
        var north = _factory.SignedInOn("north.test", BuiltInRoles.LaAdmin);

        var response = await north.SubmitAsync(PagePath, new Dictionary<string, string> { ["module"] = Audit }, PagePath + "?handler=Disable");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LaAdmin.GetAsync("/admin/audit")).StatusCode);
        Assert.DoesNotContain(Audit, (await _factory.FindTenantAsync("north"))!.EnabledFeatures);
        Assert.Contains("features.disabled", await _factory.AuditActionsAsync("north"));
        Assert.Empty(await EventsAsync());
    }

    [Fact]
    public async Task TheAdminMenu_HasFeatures_ForLaAdmins()
    {
        var admin = await (await LaAdmin.GetAsync("/admin")).HtmlAsync();

        Assert.Contains("<a class=\"govuk-link\" href=\"/admin/features\">Features</a>", admin, StringComparison.Ordinal);
    }

    private Task<List<(string Action, string? Module)>> EventsAsync() =>
        _factory.QueryAsync(async db => (await db.AuditEvents.OrderBy(e => e.Id).Select(e => new { e.Action, e.ObjectId }).ToListAsync())
            .Select(e => (e.Action, e.ObjectId)).ToList());

    /// <summary>The table row of one module.</summary>
    internal static string Row(string html, string module)
    {
        var start = html.IndexOf($"id=\"module-{module.Replace('.', '_')}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {module}.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
