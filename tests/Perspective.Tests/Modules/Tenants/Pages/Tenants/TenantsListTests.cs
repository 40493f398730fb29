using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Navigation;
using Perspective.Core.Tenants;
using Perspective.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants;

public sealed class TenantsListTests : IDisposable
{
    private const string PagePath = "/admin/tenants";

    private readonly PerspectiveFactory _factory = new();

    [Fact]
    public async Task List_ShowsEveryTenant_WithItsAddress_StateTag_AndALinkToItsPage()
    {
        await _factory.AddTenantRecordAsync("north", TenantState.Running, host: "north.test");
        await _factory.AddTenantRecordAsync("south", TenantState.Disabled, prefix: "south");
        await _factory.AddTenantRecordAsync("west", TenantState.Uninitialized, host: "west.test");

        var response = await _factory.PlatformAdmin().GetAsync(PagePath);
        var html = await response.HtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a class=\"govuk-link\" href=\"/admin/tenants/Default\">Default</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"govuk-link\" href=\"/admin/tenants/north\">north</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">north council</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">north.test</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">/south/</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">30 Nov 2026</td>", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--green\">Running</strong>", Row(html, "north"), StringComparison.Ordinal);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--grey\">Disabled</strong>", Row(html, "south"), StringComparison.Ordinal);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--yellow\">Uninitialised</strong>", Row(html, "west"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OffersToCreateATenant()
    {
        var html = await (await _factory.PlatformAdmin().GetAsync(PagePath)).HtmlAsync();

        Assert.Matches("<a [^>]*href=\"/admin/tenants/create\"[^>]*>Create a tenant</a>", html);
    }

    [Fact]
    public async Task AdminMenu_HasTenants_ForThePlatformAdmin_Only()
    {
        var platform = await (await _factory.PlatformAdmin().GetAsync("/admin")).HtmlAsync();
        var la = await (await _factory.ClientFor("Ann Admin", "LA admin").GetAsync("/admin")).HtmlAsync();
        var entry = _factory.Services.GetRequiredService<AdminMenuEntries>().All.Single(i => i.Text == "Tenants");

        Assert.Contains("<a class=\"govuk-link\" href=\"/admin/tenants\">Tenants</a>", platform, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/tenants\"", la, StringComparison.Ordinal);
        Assert.Equal((PagePath, TenantsPermissions.ManageTenants), (entry.Path, entry.Permission));
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>The table row of one tenant.</summary>
    private static string Row(string html, string tenant)
    {
        var start = html.IndexOf($"data-testid=\"tenant-{tenant}\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
