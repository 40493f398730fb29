using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Navigation;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Recipes.Pages.Export;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class ExportConfigurationPageTests(PerspectiveFactory factory) : IClassFixture<PerspectiveFactory>, IAsyncLifetime
{
    private const string PagePath = "/admin/recipes/export";

    private readonly PerspectiveFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Headteacher_IsForbidden_ToSeeOrPost()
    {
        var client = _factory.ClientFor("Hana Head", "Headteacher");

        var page = await client.GetAsync(PagePath);
        var post = await client.SubmitAsync("/", new Dictionary<string, string>(), postPath: PagePath);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        // Both refusals are audited; nothing was exported.
        Assert.Equal(["security.forbidden", "security.forbidden"], await _factory.AuditActionsAsync());
    }

    [Theory]
    [InlineData("LA admin")]
    [InlineData("Platform admin")]
    public async Task Administrators_SeeTheExplanationAndTheButton(string role)
    {
        var response = await _factory.ClientFor("Ann Admin", role).GetAsync(PagePath);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Export configuration</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Download configuration</button>", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" data-testid=\"export-form\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_IsAnAttachedJsonRecipe_AndIsAudited()
    {
        var response = await _factory.ClientFor("Ann Admin", "LA admin").SubmitAsync(PagePath, new Dictionary<string, string>());
        using var recipe = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("configuration.recipe.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("export", recipe.RootElement.GetProperty("name").GetString());
        Assert.Equal(["recipes.exported"], await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefused_AndNotAudited()
    {
        var response = await _factory.ClientFor("Ann Admin", "LA admin").PostAsync(PagePath, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task TheAdminMenu_LinksToTheExport_ForThoseWithThePermission()
    {
        var admin = await (await _factory.ClientFor("Ann Admin", "LA admin").GetAsync("/admin")).Content.ReadAsStringAsync();
        var entry = _factory.Services.GetRequiredService<AdminMenuEntries>().All.Single(i => i.Text == "Export configuration");

        Assert.Contains("<a class=\"govuk-link\" href=\"/admin/recipes/export\">Export configuration</a>", admin, StringComparison.Ordinal);
        Assert.Equal((PagePath, RecipesPermissions.ExportConfiguration), (entry.Path, entry.Permission));
    }

}
