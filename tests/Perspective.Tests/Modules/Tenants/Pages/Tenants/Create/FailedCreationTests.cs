using System.Net;
using System.Text.Json;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Tenants.Creation;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants.Create;

/// <summary>A creation whose setup recipe fails once it runs: the progress page says why, and nothing is left behind.</summary>
public sealed class FailedCreationTests : IDisposable
{
    private readonly DirectoryInfo _recipes = Directory.CreateTempSubdirectory("perspective-recipes-");
    private readonly PerspectiveFactory _factory;

    public FailedCreationTests()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "recipes", "la-portal.recipe.json"), Path.Combine(_recipes.FullName, "la-portal.recipe.json"));
        File.WriteAllText(Path.Combine(_recipes.FullName, "broken.recipe.json"), """
            { "name": "broken", "isSetupRecipe": true, "steps": [ { "name": "features", "enable": ["Perspective.Missing"] } ] }
            """);
        _factory = new PerspectiveFactory().With("Perspective:RecipesPath", _recipes.FullName);
    }

    [Fact]
    public async Task ARecipeThatFails_ShowsItsProblems_InAnErrorSummary_WithALinkBackToTheForm_ThatKeptTheAnswers()
    {
        var client = _factory.PlatformAdmin();
        var answers = CreateTenantTests.GoodAnswers();
        answers["Recipe"] = "broken";

        var confirmed = await client.CreateThroughThePagesAsync(answers);
        var progressPath = confirmed.Headers.Location!.OriginalString;
        var status = await client.WaitForCreationAsync(progressPath);
        var page = await client.GetAsync(progressPath);
        var html = await page.HtmlAsync();
        var form = await (await client.GetAsync("/admin/tenants/create")).HtmlAsync();

        Assert.Equal("Failed", status.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("redirect").ValueKind);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-l\">eastshire could not be created</h1>", html, StringComparison.Ordinal);
        Assert.Matches("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\">.*<li>[^<]*Perspective\\.Missing[^<]*</li>", html.ReplaceLineEndings(" "));
        Assert.Contains("href=\"/admin/tenants/create\" data-testid=\"change-answers\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Eastshire Council\"", form, StringComparison.Ordinal);
        Assert.Null(await _factory.FindTenantAsync("eastshire"));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _recipes.Delete(recursive: true);
    }
}
