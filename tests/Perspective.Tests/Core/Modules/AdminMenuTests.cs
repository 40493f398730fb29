using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Modules;

public sealed class AdminMenuTests(PerspectiveFactory factory) : IClassFixture<PerspectiveFactory>
{
    [Fact]
    public async Task Menu_ShowsEntriesWhosePermissionTheUserHolds()
    {
        var html = await (await factory.ClientFor("Ann Admin", "LA admin").GetAsync("/admin")).Content.ReadAsStringAsync();

        Assert.Contains("href=\"/admin/audit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_HidesEntriesWhosePermissionTheUserLacks()
    {
        var html = await (await factory.ClientFor("Hetty Head", "Headteacher").GetAsync("/")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("Audit trail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PermissionProtectedPage_RefusesAUserWithoutThePermission()
    {
        var response = await factory.ClientFor("Hetty Head", "Headteacher").GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not have permission to view this page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
