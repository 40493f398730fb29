using System.Net;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants.Details;

/// <summary>
/// A tenant's page in the platform admin's pages, which live in the default tenant only. One host
/// for the class: each test's tenant has a name of its own in the catalogue they share, and audit
/// assertions read only what the default tenant's trail gained during the test.
/// </summary>
public sealed class TenantDetailsTests(PerspectiveFactory factory) : IClassFixture<PerspectiveFactory>
{
    private static int _names;

    private readonly PerspectiveFactory _factory = factory;

    [Fact]
    public async Task TenantPage_SummarisesTheTenant_AndOffersDisableAndDelete()
    {
        var north = NewTenantName();
        await _factory.AddTenantRecordAsync(north, TenantState.Running, host: $"{north}.test");

        var response = await _factory.PlatformAdmin().GetAsync($"/admin/tenants/{north}");
        var html = await response.HtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<dd class=\"govuk-summary-list__value\">{north} council</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dd class=\"govuk-summary-list__value\">{north}.test</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--green\">Running</strong>", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/admin/tenants/{north}?handler=Disable\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/tenants/{north}/delete\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefaultTenant_HasNoDisableNorDelete()
    {
        var html = await (await _factory.PlatformAdmin().GetAsync("/admin/tenants/Default")).HtmlAsync();

        Assert.Contains("data-testid=\"default-tenant\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Disable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/delete", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingTheDefaultTenant_IsNotFound_AndChangesNothing()
    {
        var earlier = (await _factory.AuditActionsAsync()).Count;

        var response = await _factory.PlatformAdmin().SubmitAsync("/admin/tenants/Default", new Dictionary<string, string>(), "/admin/tenants/Default?handler=Disable");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(TenantState.Running, (await _factory.FindTenantAsync(Tenant.DefaultName))?.State);
        Assert.Empty((await _factory.AuditActionsAsync()).Skip(earlier));
    }

    [Fact]
    public async Task AnUnknownTenant_IsNotFound()
    {
        var client = _factory.PlatformAdmin();

        var page = await client.GetAsync("/admin/tenants/nowhere");
        var disable = await client.SubmitAsync("/admin/tenants/Default", new Dictionary<string, string>(), "/admin/tenants/nowhere?handler=Disable");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
    }

    [Fact]
    public async Task Disable_MakesTheTenantAnswerUnavailable_AndEnable_BringsItBack()
    {
        var north = NewTenantName();
        var earlier = (await _factory.AuditActionsAsync()).Count;
        await _factory.CreateTenantAsync(north, host: $"{north}.test");
        var admin = _factory.PlatformAdmin();

        var disabled = await admin.SubmitAsync($"/admin/tenants/{north}", new Dictionary<string, string>(), $"/admin/tenants/{north}?handler=Disable");
        var whileDisabled = await _factory.ClientOn($"{north}.test").GetAsync("/sign-in");
        var disabledPage = await (await admin.GetAsync($"/admin/tenants/{north}")).HtmlAsync();
        var enabled = await admin.SubmitAsync($"/admin/tenants/{north}", new Dictionary<string, string>(), $"/admin/tenants/{north}?handler=Enable");
        var afterEnabling = await _factory.ClientOn($"{north}.test").GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDisabled.StatusCode);
        Assert.Contains($"<p class=\"govuk-notification-banner__heading\">Tenant {north} disabled</p>", disabledPage, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--grey\">Disabled</strong>", disabledPage, StringComparison.Ordinal);
        Assert.Contains($"action=\"/admin/tenants/{north}?handler=Enable\"", disabledPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterEnabling.StatusCode);
        Assert.Equal(TenantState.Running, (await _factory.FindTenantAsync(north))?.State);
        Assert.Equal(["tenants.disabled", "tenants.enabled"], (await _factory.AuditActionsAsync()).Skip(earlier).ToList());
    }

    [Fact]
    public async Task DisablingTwice_ChangesNothingTheSecondTime()
    {
        var north = NewTenantName();
        var earlier = (await _factory.AuditActionsAsync()).Count;
        await _factory.AddTenantRecordAsync(north, TenantState.Running, host: $"{north}.test");
        var admin = _factory.PlatformAdmin();

        await admin.SubmitAsync($"/admin/tenants/{north}", new Dictionary<string, string>(), $"/admin/tenants/{north}?handler=Disable");
        var second = await admin.SubmitAsync("/admin/tenants/Default", new Dictionary<string, string>(), $"/admin/tenants/{north}?handler=Disable");

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(["tenants.disabled"], (await _factory.AuditActionsAsync()).Skip(earlier).ToList());
    }

    /// <summary>A tenant name no other test on the shared host uses.</summary>
    private static string NewTenantName() => $"north-{Interlocked.Increment(ref _names)}";
}
