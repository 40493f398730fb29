using System.Net;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants;

/// <summary>
/// Only platform admins manage tenants, and only from the default tenant. One host, with north made
/// once, for the class: every test is refused and checks that north is unchanged, and audit
/// assertions read only what the default tenant's trail gained during the test.
/// </summary>
public sealed class TenantsAccessTests(HostWithNorthTenant factory) : IClassFixture<HostWithNorthTenant>
{
    private readonly HostWithNorthTenant _factory = factory;

    public static TheoryData<string> Pages => new()
    {
        "/admin/tenants",
        "/admin/tenants/create",
        "/admin/tenants/create/check-answers",
        "/admin/tenants/create/progress/0123456789abcdef0123456789abcdef",
        "/admin/tenants/create/progress/0123456789abcdef0123456789abcdef?handler=Status",
        "/admin/tenants/Default",
        "/admin/tenants/north",
        "/admin/tenants/north/delete",
    };

    public static TheoryData<string> Posts => new()
    {
        "/admin/tenants/create",
        "/admin/tenants/create/check-answers",
        "/admin/tenants/north?handler=Disable",
        "/admin/tenants/north?handler=Enable",
        "/admin/tenants/north/delete",
        "/admin/tenants/north/delete?handler=Download",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task LaAdmin_IsForbidden_EveryTenantsPage(string path)
    {
        var response = await _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin).GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task LaAdmin_IsForbidden_EveryTenantsAction_AndNothingChanges(string path)
    {
        var earlier = (await _factory.AuditActionsAsync()).Count;

        var response = await _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin).SubmitAsync("/", new Dictionary<string, string> { ["ConfirmName"] = "north" }, postPath: path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(TenantState.Running, (await _factory.FindTenantAsync("north"))?.State);
        Assert.Equal(["security.forbidden"], (await _factory.AuditActionsAsync()).Skip(earlier).ToList());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task InsideAnotherTenant_EveryTenantsPage_IsNotFound_EvenForAPlatformAdmin(string path)
    {
        var response = await _factory.SignedInOn("north.test", BuiltInRoles.PlatformAdmin).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsideAnotherTenant_TheTenantsPages_AnswerNotFound_NotForbidden_SoTheirExistenceIsHidden()
    {
        var response = await _factory.SignedInOn("north.test", BuiltInRoles.LaAdmin).GetAsync("/admin/tenants");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task InsideAnotherTenant_EveryTenantsAction_IsNotFound_AndNothingChanges(string path)
    {
        var client = _factory.SignedInOn("north.test", BuiltInRoles.PlatformAdmin);

        var response = await client.SubmitAsync("/", new Dictionary<string, string> { ["ConfirmName"] = "north" }, postPath: path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(TenantState.Running, (await _factory.FindTenantAsync("north"))?.State);
    }
}
