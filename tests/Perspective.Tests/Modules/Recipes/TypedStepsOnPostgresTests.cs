using System.Text;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Email.Templates;

namespace Perspective.Tests.Modules.Recipes;

/// <summary>Every exporting step, bound from typed records and written back from them, on PostgreSQL.</summary>
public sealed class TypedStepsOnPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TheLaPortalRecipeAndATemplate_Run_AndTheirExportImportsBackUnchanged_OnPostgres()
    {
        using var factory = new TemplatesFactory();
        factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        var portal = await factory.RunRecipeAsync(RecipeSource.FromFile(Path.Combine(AppContext.BaseDirectory, "recipes", "la-portal.recipe.json")));
        var template = await factory.RunRecipeAsync("""{ "name": "t", "steps": [ { "name": "emailTemplates", "templates": [ { "kind": "tests.welcome", "subject": "Hi {{{{ name }}", "htmlBody": "<p>Hi</p>", "textBody": "Hi" } ] } ] }""");
        var exported = Encoding.UTF8.GetString(await factory.ExportAsync());

        var imported = await factory.RunRecipeAsync(RecipeSource.FromJson("export.recipe.json", exported));

        Assert.Empty(portal.Errors);
        Assert.Empty(template.Errors);
        Assert.Empty(imported.Errors);
        Assert.Equal(exported, Encoding.UTF8.GetString(await factory.ExportAsync()));
        foreach (var step in new[] { "features", "settings", "roles", "organisations", "emailTemplates", "documentCategories" })
        {
            Assert.Contains($"\"name\": \"{step}\"", exported, StringComparison.Ordinal);
        }

        Assert.Contains("\"subject\": \"Hi {{{{ name }}\"", exported, StringComparison.Ordinal);
    }
}
