using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Email.Templates;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email.Templates;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class EmailTemplatesRecipeStepTests(TemplatesFactory factory) : IClassFixture<TemplatesFactory>, IAsyncLifetime, IDisposable
{
    private readonly TemplatesFactory _factory = factory;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("perspective-recipe-");

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{ "kind": "tests.nothing", "subject": "Hi", "htmlBody": "<p>Hi</p>", "textBody": "Hi" }""", "Template 'tests.nothing': no module sends this kind of email.")]
    [InlineData("""{ "kind": "tests.welcome", "subject": "Hi", "htmlBody": "<p>{% if name %}</p>", "textBody": "Hi" }""", "Template 'tests.welcome': The HTML body has a mistake on line 1, column 21: '{% endif %}' was expected.")]
    [InlineData("""{ "kind": "tests.welcome", "subject": "Hi {{{{ nme }}", "htmlBody": "<p>Hi</p>", "textBody": "Hi" }""", "Template 'tests.welcome': The subject uses an unknown variable 'nme'.")]
    [InlineData("""{ "kind": "tests.welcome", "subject": "Hi", "htmlBody": "<p>Hi</p>", "textBody": "{% render 'x' %}" }""", "Template 'tests.welcome': The text body uses the 'render' tag, which emails cannot use.")]
    [InlineData("""{ "kind": "tests.welcome", "subject": "", "htmlBody": "<p>Hi</p>", "textBody": "Hi" }""", "Template 'tests.welcome': Enter a subject.")]
    [InlineData("""{ "kind": "tests.welcome", "htmlBody": "<p>Hi</p>", "textBody": "Hi" }""", "steps[1].templates[2].subject: 'subject' is missing; it must be text.")]
    [InlineData("""{ "kind": "tests.welcome", "subject": "Hi", "htmlBody": "<p>Hi</p>", "htmlBodyFile": "a.liquid", "textBody": "Hi" }""", "Template 'tests.welcome': give 'htmlBody' or 'htmlBodyFile', not both.")]
    [InlineData("""{ "kind": "tests.welcome", "subject": "Hi", "htmlBody": "<p>Hi</p>" }""", "Template 'tests.welcome': it has no 'textBody' or 'textBodyFile'.")]
    [InlineData("""{ "subject": "Hi" }""", "steps[1].templates[2].kind: 'kind' is missing; it must be text.")]
    public async Task ABadTemplate_IsRefusedNamingItsKind_AndNothingIsWritten(string template, string expected)
    {
        // A good template first: it must not be written either, as the recipe does not run.
        var result = await _factory.RunRecipeAsync(Recipe(Good, template));

        Assert.Contains($"Step 1 (emailTemplates): {expected}", result.Errors);
        Assert.Empty(await _factory.TemplatesAsync());
    }

    [Theory]
    [InlineData("""{ "name": "emailTemplates", "templates": [ { "kind": "tests.welcome", "subject": 5, "htmlBody": "<p>Hi</p>", "textBody": "Hi" } ] }""", "steps[1].templates[1].subject: 'subject' must be text.")]
    [InlineData("""{ "name": "emailTemplates" }""", "steps[1].templates: 'templates' is missing; it must be a list of templates.")]
    [InlineData("""{ "name": "emailTemplates", "templates": [ { "kind": "tests.welcome", "subject": "Hi", "htmlbody": "<p>Hi</p>", "textBody": "Hi" } ] }""", "steps[1].templates[1].htmlbody: 'htmlbody' is not a recognised property.")]
    public async Task AStepThatDoesNotBind_IsRefusedNamingTheStepThePropertyAndTheProblem(string step, string expected)
    {
        var result = await _factory.RunRecipeAsync($$"""{ "name": "templates", "steps": [ {{step}} ] }""");

        Assert.Equal([$"Step 1 (emailTemplates): {expected}"], result.Errors);
        Assert.Empty(await _factory.TemplatesAsync());
    }

    [Fact]
    public async Task TheSameKindTwice_IsRefused()
    {
        var result = await _factory.RunRecipeAsync(Recipe(Good, Good));

        Assert.Contains("Step 1 (emailTemplates): Template 'email.test' is given twice.", result.Errors);
        Assert.Empty(await _factory.TemplatesAsync());
    }

    [Fact]
    public async Task AGoodTemplate_IsStoredByKind_WithItsLiquidIntact()
    {
        var result = await _factory.RunRecipeAsync(Recipe("""{ "kind": "tests.welcome", "subject": "Hi {{{{ name }}", "htmlBody": "<p>{% if name %}{{{{ name }}{% endif %}</p>", "textBody": "Hi\r\n{{{{ name }}" }"""));

        Assert.Empty(result.Errors);
        var stored = Assert.Single(await _factory.TemplatesAsync());
        Assert.Equal(
            ("tests.welcome", "Hi {{ name }}", "<p>{% if name %}{{ name }}{% endif %}</p>", "Hi\n{{ name }}"),
            (stored.Kind, stored.Subject, stored.HtmlBody, stored.TextBody));
    }

    [Fact]
    public async Task Bodies_CanComeFromFilesBesideTheRecipe()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "templates"));
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "templates", "welcome.html.liquid"), "<p>Hello {{ name }}</p>\n");
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "templates", "welcome.txt.liquid"), "Hello {{ name }}\n");
        var path = Path.Combine(_folder.FullName, "files.recipe.json");
        await File.WriteAllTextAsync(path, Recipe("""{ "kind": "tests.welcome", "subject": "Hi", "htmlBodyFile": "templates/welcome.html.liquid", "textBodyFile": "templates/welcome.txt.liquid" }"""));

        var result = await _factory.RunRecipeAsync(RecipeSource.FromFile(path));

        Assert.Empty(result.Errors);
        var stored = Assert.Single(await _factory.TemplatesAsync());
        Assert.Equal(("<p>Hello {{ name }}</p>\n", "Hello {{ name }}\n"), (stored.HtmlBody, stored.TextBody));
    }

    [Fact]
    public async Task AMissingFile_IsRefusedNamingItsKind()
    {
        var path = Path.Combine(_folder.FullName, "missing.recipe.json");
        await File.WriteAllTextAsync(path, Recipe("""{ "kind": "tests.welcome", "subject": "Hi", "htmlBodyFile": "templates/nowhere.liquid", "textBody": "Hi" }"""));

        var result = await _factory.RunRecipeAsync(RecipeSource.FromFile(path));

        Assert.Contains("Step 1 (emailTemplates): Template 'tests.welcome': the file 'templates/nowhere.liquid' is not beside the recipe.", result.Errors);
        Assert.Empty(await _factory.TemplatesAsync());
    }

    [Fact]
    public async Task RunningTwice_ChangesNothingTheSecondTime()
    {
        var recipe = Recipe(Good);
        await _factory.RunRecipeAsync(recipe);
        var first = Assert.Single(await _factory.TemplatesAsync());
        var exportedFirst = await _factory.ExportAsync();

        var second = await _factory.RunRecipeAsync(recipe);

        Assert.Empty(second.Errors);
        var again = Assert.Single(await _factory.TemplatesAsync());
        Assert.Equal((first.Subject, first.HtmlBody, first.TextBody, first.UpdatedUtc), (again.Subject, again.HtmlBody, again.TextBody, again.UpdatedUtc));
        Assert.Equal(exportedFirst, await _factory.ExportAsync());
    }

    [Fact]
    public async Task Export_ThenImportIntoAnotherTenant_ThenExport_GivesTheSameBytes()
    {
        await _factory.CreateTenantAsync("source", prefix: "source");
        // Stored as the edit page stores it, with Liquid (and '{{' runs) that the recipe engine would take for its own variables.
        var tricky = new EmailWording(
            "Hi {{ name }}",
            "<p>{% for c in name %}{{ c }}{% endfor %} \"quoted\" {% raw %}{{{ odd {{{{ x }}{% endraw %}</p>",
            "{% raw %}{{ literal }}{% endraw %} {{ link }}");
        await using (var scope = await _factory.TenantScopeAsync("source"))
        {
            await scope.ServiceProvider.GetRequiredService<EmailTemplateStore>().PutAsync(TemplatesFactory.Welcome, tricky, "Ann Admin");
            await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
        }

        var exported = await _factory.ExportAsync("source");

        await _factory.CreateTenantAsync("copy", prefix: "copy");
        var result = await _factory.RunRecipeAsync(Encoding.UTF8.GetString(exported), "copy");
        var reExported = await _factory.ExportAsync("copy");

        Assert.Empty(result.Errors);
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(reExported));
        Assert.Contains("\"name\": \"emailTemplates\"", Encoding.UTF8.GetString(exported), StringComparison.Ordinal);
        var copied = Assert.Single(await _factory.TemplatesAsync("copy"));
        Assert.Equal(tricky, EmailWording.Of(copied));
    }

    [Fact]
    public async Task Export_CarriesTemplatesSortedByKind_AndNoPersonalData()
    {
        await _factory.RunRecipeAsync(Recipe("""{ "kind": "tests.welcome", "subject": "Hi", "htmlBody": "<p>Hi</p>", "textBody": "Hi" }""", Good));
        await using (var scope = await _factory.TenantScopeAsync())
        {
            // As the edit page would record it: the editor's name is personal data.
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            foreach (var template in db.Set<EmailTemplate>())
            {
                template.UpdatedBy = "Ann Editor";
            }

            await db.SaveChangesAsync();
        }

        var exported = Encoding.UTF8.GetString(await _factory.ExportAsync());

        Assert.True(exported.IndexOf("\"kind\": \"email.test\"", StringComparison.Ordinal) < exported.IndexOf("\"kind\": \"tests.welcome\"", StringComparison.Ordinal));
        Assert.DoesNotContain("Ann Editor", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("updated", exported, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
    }

    private const string Good = """{ "kind": "email.test", "subject": "Checking {{{{ site_name }}", "htmlBody": "<p>It works.</p>", "textBody": "It works." }""";

    private static string Recipe(params string[] templates) =>
        $$"""{ "name": "templates", "steps": [ { "name": "emailTemplates", "templates": [ {{string.Join(", ", templates)}} ] } ] }""";
}
