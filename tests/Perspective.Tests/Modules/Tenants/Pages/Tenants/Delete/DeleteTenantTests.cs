using System.Net;
using System.Text.Json;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants.Delete;

public sealed class DeleteTenantTests : IAsyncLifetime
{
    private const string PagePath = "/admin/tenants/north/delete";

    private readonly PerspectiveFactory _factory = new();

    private string DatabaseFile => Path.Combine(_factory.DataPath, "Sites", "north", "perspective.db");

    public Task InitializeAsync() => _factory.CreateTenantAsync("north", host: "north.test");

    [Fact]
    public async Task DeletePage_SaysWhatWillBeLost_AndAsksForTheName()
    {
        var html = await (await _factory.PlatformAdmin().GetAsync(PagePath)).HtmlAsync();

        Assert.Contains("The tenant's database and everything in it will be deleted", html, StringComparison.Ordinal);
        Assert.Contains("Download its configuration", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label\" for=\"ConfirmName\">Enter the tenant's name to confirm</label>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Enter the tenant's name to confirm")]
    [InlineData("North", "The name you entered does not match")]
    [InlineData("south", "The name you entered does not match")]
    public async Task WithoutTheExactName_NothingIsDeleted(string typed, string message)
    {
        var response = await _factory.PlatformAdmin().SubmitAsync(PagePath, new Dictionary<string, string> { ["ConfirmName"] = typed });
        var html = await response.HtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<li><a href=\"#ConfirmName\">{message}</a></li>", html, StringComparison.Ordinal);
        Assert.NotNull(await _factory.FindTenantAsync("north"));
        Assert.True(File.Exists(DatabaseFile));
        Assert.Equal(HttpStatusCode.OK, (await _factory.ClientOn("north.test").GetAsync("/sign-in")).StatusCode);
        Assert.Empty(await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task WithTheExactName_TheTenantAndItsDatabaseAreGone()
    {
        var client = _factory.PlatformAdmin();

        var response = await client.SubmitAsync(PagePath, new Dictionary<string, string> { ["ConfirmName"] = "north" });
        var list = await (await client.GetAsync("/admin/tenants")).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/tenants", response.Headers.Location?.OriginalString);
        Assert.Contains("<p class=\"govuk-notification-banner__heading\">Tenant north deleted</p>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/tenants/north\"", list, StringComparison.Ordinal);
        Assert.Null(await _factory.FindTenantAsync("north"));
        Assert.False(File.Exists(DatabaseFile));
        Assert.Equal(["tenants.deleted"], await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AfterDeleting_ItsHostIsServedByTheDefaultTenant_LikeAnyHostNoTenantClaims()
    {
        await _factory.PlatformAdmin().SubmitAsync(PagePath, new Dictionary<string, string> { ["ConfirmName"] = "north" });

        // The default tenant claims no host names, so it answers every unclaimed host: the home page
        // sends an anonymous visitor to its sign-in page, which shows the default tenant's name.
        var home = await _factory.ClientOn("north.test").GetAsync("/");
        var signIn = await (await _factory.ClientOn("north.test").GetAsync("/sign-in")).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("https://north.test/sign-in", home.Headers.Location?.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains(RunningDefaultTenant.LocalAuthorityName, signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("north council", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_IsTheTenantsOwnConfiguration_AsAnAttachedRecipe()
    {
        var response = await _factory.PlatformAdmin().SubmitAsync(PagePath, new Dictionary<string, string>(), PagePath + "?handler=Download");
        var text = await response.Content.ReadAsStringAsync();
        using var recipe = JsonDocument.Parse(text);
        var features = recipe.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "features");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("north.recipe.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("\"name\": \"features\"", text, StringComparison.Ordinal);
        // North's own modules (from la-portal), not the default tenant's, which has every module on.
        Assert.Equal((await _factory.FindTenantAsync("north"))!.EnabledFeatures, features.GetProperty("enable").EnumerateArray().Select(e => e.GetString()!));
        Assert.NotEqual((await _factory.FindTenantAsync(Tenant.DefaultName))!.EnabledFeatures.Order(), features.GetProperty("enable").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(["tenants.configuration-exported"], await _factory.AuditActionsAsync());
        Assert.NotNull(await _factory.FindTenantAsync("north"));
    }

    [Fact]
    public async Task TheDefaultTenant_AndUnknownTenants_HaveNoDeletePage()
    {
        var client = _factory.PlatformAdmin();

        var defaultPage = await client.GetAsync("/admin/tenants/Default/delete");
        var defaultPost = await client.SubmitAsync("/admin/tenants", new Dictionary<string, string> { ["ConfirmName"] = "Default" }, "/admin/tenants/Default/delete");
        var unknown = await client.GetAsync("/admin/tenants/nowhere/delete");

        Assert.Equal(HttpStatusCode.NotFound, defaultPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, defaultPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotNull(await _factory.FindTenantAsync(Tenant.DefaultName));
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
