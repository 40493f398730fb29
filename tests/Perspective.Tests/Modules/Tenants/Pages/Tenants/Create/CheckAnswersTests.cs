using System.Net;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Tenants.Creation;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants.Create;

/// <summary>The journey's end: check answers, change one, confirm, and once its creation has run the tenant exists and answers.</summary>
public sealed class CheckAnswersTests : IDisposable
{
    private const string FormPath = "/admin/tenants/create";
    private const string PagePath = "/admin/tenants/create/check-answers";

    private readonly PerspectiveFactory _factory = new();

    [Fact]
    public async Task CheckAnswers_ShowsEveryAnswer_WithALinkToChangeIt()
    {
        var client = _factory.PlatformAdmin();
        await client.SubmitAsync(FormPath, CreateTenantTests.GoodAnswers());

        var html = await (await client.GetAsync(PagePath)).HtmlAsync();

        Assert.Contains("Check your answers before creating the tenant", html, StringComparison.Ordinal);
        foreach (var value in new[] { "eastshire", "Eastshire Council", "east.test", "Local Authority portal", "admin@east.test" })
        {
            Assert.Contains($"<dd class=\"govuk-summary-list__value\">{value}</dd>", html, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/admin/tenants/create#Name\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/tenants/create#HostName\"", html, StringComparison.Ordinal);
        Assert.Null(await _factory.FindTenantAsync("eastshire"));
    }

    [Fact]
    public async Task Change_ShowsTheFormWithEveryAnswerGiven_AndTheChangedAnswerReachesCheckAnswers()
    {
        var client = _factory.PlatformAdmin();
        await client.SubmitAsync(FormPath, CreateTenantTests.GoodAnswers());

        var form = await (await client.GetAsync(FormPath)).HtmlAsync();
        var changed = CreateTenantTests.GoodAnswers();
        changed["LocalAuthorityName"] = "Eastshire County Council";
        await client.SubmitAsync(FormPath, changed);
        var check = await (await client.GetAsync(PagePath)).HtmlAsync();

        Assert.Contains("value=\"Eastshire Council\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"admin@east.test\"", form, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"govuk-summary-list__value\">Eastshire County Council</dd>", check, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnswers_CheckAnswers_SendsYouToTheForm()
    {
        var response = await _factory.PlatformAdmin().GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(FormPath, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Confirm_CreatesTheTenant_WhichAnswersOnItsHostWithItsName()
    {
        var client = _factory.PlatformAdmin();

        var confirmed = await client.CreateThroughThePagesAsync(CreateTenantTests.GoodAnswers());
        var status = await client.WaitForCreationAsync(confirmed.Headers.Location!.OriginalString);
        var tenantPage = await (await client.GetAsync(status.GetProperty("redirect").GetString())).HtmlAsync();
        var site = await _factory.ClientOn("east.test").GetAsync("/sign-in");
        var tenant = await _factory.FindTenantAsync("eastshire");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.StartsWith("/admin/tenants/create/progress/", confirmed.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/admin/tenants/eastshire", status.GetProperty("redirect").GetString());
        Assert.Contains("<p class=\"govuk-notification-banner__heading\">Tenant eastshire created</p>", tenantPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, site.StatusCode);
        Assert.Contains("Eastshire Council", await site.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(tenant);
        Assert.Equal(TenantState.Running, tenant.State);
        Assert.Equal(["east.test"], tenant.HostNames);
        Assert.Equal(("la-portal", "admin@east.test"), (tenant.SetupRecipe, tenant.AdminEmail));
    }

    [Fact]
    public async Task Confirm_RecordsTheRequestInTheDefaultTenant_AndTheCreationInTheNewOne()
    {
        var client = _factory.PlatformAdmin();

        var confirmed = await client.CreateThroughThePagesAsync(CreateTenantTests.GoodAnswers());
        await client.WaitForCreationAsync(confirmed.Headers.Location!.OriginalString);

        Assert.Equal(["tenants.create-requested"], await _factory.AuditActionsAsync());
        Assert.Contains("tenants.created", await _factory.AuditActionsAsync("eastshire"));
    }

    [Fact]
    public async Task Confirm_AfterAnotherAdminTookTheName_ShowsTheProblem_AndKeepsTheAnswers()
    {
        var client = _factory.PlatformAdmin();
        await client.SubmitAsync(FormPath, CreateTenantTests.GoodAnswers());
        await _factory.AddTenantRecordAsync("eastshire", TenantState.Running, host: "elsewhere.test");

        var response = await client.SubmitAsync(PagePath, new Dictionary<string, string>());
        var html = await response.HtmlAsync();
        var again = await client.GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<li>There is already a tenant called 'eastshire'</li>", html, StringComparison.Ordinal);
        Assert.Equal(["elsewhere.test"], (await _factory.FindTenantAsync("eastshire"))?.HostNames);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task AfterCreating_TheAnswersAreForgotten()
    {
        var client = _factory.PlatformAdmin();
        var confirmed = await client.CreateThroughThePagesAsync(CreateTenantTests.GoodAnswers());
        await client.WaitForCreationAsync(confirmed.Headers.Location!.OriginalString);
        await client.GetAsync("/admin/tenants/eastshire");

        var response = await client.GetAsync(PagePath);
        var form = await (await client.GetAsync(FormPath)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Eastshire Council", form, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
