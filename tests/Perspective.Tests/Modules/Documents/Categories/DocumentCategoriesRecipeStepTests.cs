using System.Text;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Categories;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class DocumentCategoriesRecipeStepTests(CategoriesFactory factory) : IClassFixture<CategoriesFactory>, IAsyncLifetime
{
    private const string Letters = """{ "name": "Risk category letters", "description": "Annual letters", "senders": ["LA officer"], "recipients": ["Headteacher"], "requiresTwoFactor": false, "retentionDays": 2555, "fileTypes": ["pdf"], "maxSizeMB": 20 }""";

    private readonly CategoriesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{ "description": "x", "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "steps[1].categories[2].name: 'name' is missing; it must be text.")]
    [InlineData(Letters, "Category 'Risk category letters': it is given twice.")]
    [InlineData("""{ "name": "RISK CATEGORY LETTERS", "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "Category 'RISK CATEGORY LETTERS': it is given twice.")]
    [InlineData("""{ "name": "General", "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "steps[1].categories[2].senders: 'senders' is missing; it must be a list of role names.")]
    [InlineData("""{ "name": "General", "senders": [], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "Category 'General': 'senders' must be an array of at least one role name.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": "Headteacher", "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "steps[1].categories[2].recipients: 'recipients' must be a list of role names.")]
    [InlineData("""{ "name": "General", "senders": ["Overlord"], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "Category 'General': 'senders' names the role 'Overlord', which is neither a built-in role nor one of this portal's roles.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "Category 'General': 'recipients' names the role 'headteacher', which is neither a built-in role nor one of this portal's roles.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "requiresTwoFactor": "yes", "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "steps[1].categories[2].requiresTwoFactor: 'requiresTwoFactor' must be true or false.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "retentionDays": 0, "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "Category 'General': 'retentionDays' must be a whole number from 1 to 36500, or null to keep documents until deleted.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "retentionDays": 36501, "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "Category 'General': 'retentionDays' must be a whole number from 1 to 36500, or null to keep documents until deleted.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "retentionDays": 7.5, "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "steps[1].categories[2].retentionDays: 'retentionDays' must be a whole number of days, or null to keep documents until deleted.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "retentionDays": "730", "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "steps[1].categories[2].retentionDays: 'retentionDays' must be a whole number of days, or null to keep documents until deleted.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": [], "maxSizeMB": 20 }""", "Category 'General': 'fileTypes' must be an array of at least one file type.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf", "exe"], "maxSizeMB": 20 }""", "Category 'General': 'fileTypes' names 'exe', which is not a type the portal checks (pdf, docx, xlsx, pptx, doc, xls, csv, txt, png, jpg, jpeg, zip).")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf"] }""", "steps[1].categories[2].maxSizeMB: 'maxSizeMB' is missing; it must be a whole number of megabytes.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 2049 }""", "Category 'General': 'maxSizeMB' must be a whole number from 1 to 2048.")]
    [InlineData("""{ "name": "General", "description": 5, "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 }""", "steps[1].categories[2].description: 'description' must be text.")]
    public async Task ABadCategory_IsRefusedNamingItAndTheField_AndNothingIsWritten(string category, string expected)
    {
        var result = await _factory.RunRecipeAsync(Recipe($$"""{ "name": "documentCategories", "categories": [ {{Letters}}, {{category}} ] }"""));

        Assert.Contains($"Step 1 (documentCategories): {expected}", result.Errors);
        Assert.Empty(await _factory.CategoriesAsync());
    }

    [Theory]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": "20" }""", "steps[1].categories[1].maxSizeMB: 'maxSizeMB' must be a whole number of megabytes.")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "maxSizeMB": 20 }""", "steps[1].categories[1].fileTypes: 'fileTypes' is missing; it must be a list of file types, such as \"pdf\".")]
    [InlineData("""{ "name": "General", "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20, "colour": "red" }""", "steps[1].categories[1].colour: 'colour' is not a recognised property.")]
    public async Task ACategoryThatDoesNotBind_IsRefusedNamingTheStepThePropertyAndTheProblem(string category, string expected)
    {
        var result = await _factory.RunRecipeAsync(Recipe($$"""{ "name": "documentCategories", "categories": [ {{category}} ] }"""));

        Assert.Equal([$"Step 1 (documentCategories): {expected}"], result.Errors);
        Assert.Empty(await _factory.CategoriesAsync());
    }

    [Fact]
    public async Task ANameTooLong_IsRefused()
    {
        var name = new string('n', 101);

        var result = await _factory.RunRecipeAsync(Recipe($$"""{ "name": "documentCategories", "categories": [ { "name": "{{name}}", "senders": ["LA officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 } ] }"""));

        Assert.Contains($"Step 1 (documentCategories): Category '{name}': 'name' must be 100 characters or fewer.", result.Errors);
    }

    [Fact]
    public async Task AStepWithoutCategories_IsRefused()
    {
        var result = await _factory.RunRecipeAsync(Recipe("""{ "name": "documentCategories" }"""));

        Assert.Contains("Step 1 (documentCategories): steps[1].categories: 'categories' is missing; it must be a list of categories.", result.Errors);
    }

    [Fact]
    public async Task ACategory_IsStoredAsGiven()
    {
        var result = await _factory.RunRecipeAsync(Recipe($$"""{ "name": "documentCategories", "categories": [ {{Letters}}, { "name": "Looked After Children", "senders": ["Virtual School officer"], "recipients": ["Headteacher"], "requiresTwoFactor": true, "fileTypes": ["DOCX", ".pdf"], "maxSizeMB": 50 } ] }"""));

        Assert.Empty(result.Errors);
        var categories = await _factory.CategoriesAsync();
        Assert.Equal(
            [
                ("Looked After Children", "", "Virtual School officer", "Headteacher", true, (int?)null, "pdf,docx", 50L * 1024 * 1024),
                ("Risk category letters", "Annual letters", "LA officer", "Headteacher", false, 2555, "pdf", 20L * 1024 * 1024),
            ],
            categories.Select(c => (c.Name, c.Description, c.SenderRoles, c.RecipientRoles, c.RequiresTwoFactor, c.RetentionDays, c.AllowedExtensions, c.MaxSizeBytes)));
    }

    [Fact]
    public async Task ACategoryOfTheSameName_IsUpdated_LeavingItsArchivedFlagAlone()
    {
        var id = await _factory.AddAsync(new("risk category letters", "Old", ["LA editor"], ["School user"], true, null, ["docx"], 5));
        await _factory.Admin().SubmitAsync($"/admin/documents/categories/{id}", new Dictionary<string, string>(), $"/admin/documents/categories/{id}?handler=Archive");

        var result = await _factory.RunRecipeAsync(Recipe($$"""{ "name": "documentCategories", "categories": [ {{Letters}} ] }"""));

        Assert.Empty(result.Errors);
        var category = Assert.Single(await _factory.CategoriesAsync());
        Assert.Equal((id, "Risk category letters", "Annual letters", "LA officer", "Headteacher", false, (int?)2555, "pdf", true),
            (category.Id, category.Name, category.Description, category.SenderRoles, category.RecipientRoles, category.RequiresTwoFactor, category.RetentionDays, category.AllowedExtensions, category.IsArchived));
    }

    [Fact]
    public async Task ARoleOnlyIdentityKnows_IsAccepted()
    {
        await _factory.QueryAsync(async db =>
        {
            db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole("Attendance officer") { NormalizedName = "ATTENDANCE OFFICER" });
            return await db.SaveChangesAsync();
        });

        var result = await _factory.RunRecipeAsync(Recipe("""{ "name": "documentCategories", "categories": [ { "name": "Attendance", "senders": ["Attendance officer"], "recipients": ["Headteacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 } ] }"""));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task ARoleAnEarlierStepOfTheRecipeDefines_IsAccepted_AndTheCategoryNamesIt()
    {
        const string roles = """{ "name": "roles", "roles": [ { "name": "Designated teacher", "description": "Looks after the school's looked after children.", "holders": "School", "permissions": ["ReceiveDocuments"] } ] }""";
        const string categories = """{ "name": "documentCategories", "categories": [ { "name": "Looked After Children", "senders": ["Virtual School officer"], "recipients": ["Designated teacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 } ] }""";

        var result = await _factory.RunRecipeAsync($$"""{ "name": "test", "steps": [ {{roles}}, {{categories}} ] }""");

        Assert.Empty(result.Errors);
        var category = Assert.Single(await _factory.CategoriesAsync());
        Assert.Equal("Designated teacher", category.RecipientRoles);
    }

    [Fact]
    public async Task ARoleALaterStepDefines_IsStillUnknown()
    {
        const string roles = """{ "name": "roles", "roles": [ { "name": "Designated teacher", "description": "", "holders": "School", "permissions": ["ReceiveDocuments"] } ] }""";
        const string categories = """{ "name": "documentCategories", "categories": [ { "name": "Looked After Children", "senders": ["Virtual School officer"], "recipients": ["Designated teacher"], "fileTypes": ["pdf"], "maxSizeMB": 20 } ] }""";

        var result = await _factory.RunRecipeAsync($$"""{ "name": "test", "steps": [ {{categories}}, {{roles}} ] }""");

        Assert.Contains(result.Errors, e => e.Contains("names the role 'Designated teacher', which is neither", StringComparison.Ordinal));
        Assert.Empty(await _factory.CategoriesAsync());
    }

    [Fact]
    public async Task RunningTwice_ChangesNothingTheSecondTime()
    {
        var recipe = Recipe($$"""{ "name": "documentCategories", "categories": [ {{Letters}}, { "name": "General", "senders": ["LA officer", "LA editor"], "recipients": ["School user", "Headteacher"], "fileTypes": ["zip", "pdf"], "maxSizeMB": 100 } ] }""");
        await _factory.RunRecipeAsync(recipe);
        var first = (await _factory.CategoriesAsync()).Select(c => (c.Id, c.Name, c.SenderRoles, c.RecipientRoles, c.AllowedExtensions, c.UpdatedUtc)).ToList();
        var exportedFirst = await _factory.ExportAsync();

        var second = await _factory.RunRecipeAsync(recipe);

        Assert.Empty(second.Errors);
        Assert.Equal(first, (await _factory.CategoriesAsync()).Select(c => (c.Id, c.Name, c.SenderRoles, c.RecipientRoles, c.AllowedExtensions, c.UpdatedUtc)).ToList());
        Assert.Equal(exportedFirst, await _factory.ExportAsync());
    }

    [Fact]
    public async Task Export_CarriesEveryCategoryInNameOrder_AndImportsIntoAnotherTenantAsTheSame()
    {
        await _factory.CreateTenantAsync("source", prefix: "source");
        await _factory.RunRecipeAsync(Recipe($$"""{ "name": "documentCategories", "categories": [ {{Letters}}, { "name": "Attendance", "senders": ["LA officer"], "recipients": ["Headteacher"], "requiresTwoFactor": true, "retentionDays": null, "fileTypes": ["csv"], "maxSizeMB": 1 } ] }"""), "source");

        var exported = Encoding.UTF8.GetString(await _factory.ExportAsync("source"));
        await _factory.CreateTenantAsync("copy", prefix: "copy");
        var result = await _factory.RunRecipeAsync(exported, "copy");

        Assert.Empty(result.Errors);
        Assert.True(exported.IndexOf("\"name\": \"Attendance\"", StringComparison.Ordinal) < exported.IndexOf("\"name\": \"Risk category letters\"", StringComparison.Ordinal));
        Assert.True(exported.IndexOf("\"name\": \"Risk category letters\"", StringComparison.Ordinal) < exported.IndexOf("\"name\": \"Visit records\"", StringComparison.Ordinal));
        Assert.Equal(exported, Encoding.UTF8.GetString(await _factory.ExportAsync("copy")));
        var copy = (await _factory.CategoriesAsync("copy")).Single(c => c.Name == "Attendance");
        Assert.Equal((true, (int?)null, "csv", 1024L * 1024), (copy.RequiresTwoFactor, copy.RetentionDays, copy.AllowedExtensions, copy.MaxSizeBytes));
    }

    [Fact]
    public async Task TheLaPortalRecipe_CreatesTheFiveCategories()
    {
        await _factory.CreateTenantAsync("north", prefix: "north");

        var categories = (await _factory.CategoriesAsync("north")).ToDictionary(c => c.Name);

        Assert.Equal(["Data returns", "General", "Looked After Children", "Risk category letters", "Visit records"], categories.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("LA officer", "Headteacher", "pdf", false), (categories["Risk category letters"].SenderRoles, categories["Risk category letters"].RecipientRoles, categories["Risk category letters"].AllowedExtensions, categories["Risk category letters"].RequiresTwoFactor));
        Assert.Equal(("Designated teacher,Virtual School officer", "Designated teacher,Virtual School officer", true), (categories["Looked After Children"].SenderRoles, categories["Looked After Children"].RecipientRoles, categories["Looked After Children"].RequiresTwoFactor));
        Assert.Equal(("Headteacher,School user", "LA officer", "pdf,xlsx,csv"), (categories["Data returns"].SenderRoles, categories["Data returns"].RecipientRoles, categories["Data returns"].AllowedExtensions));
        Assert.All(categories.Values, c => Assert.InRange(c.RetentionDays ?? 0, 1, 36500));
        Assert.DoesNotContain(categories.Values, c => c.IsArchived);
    }

    private static string Recipe(string step) => $$"""{ "name": "test", "steps": [ {{step}} ] }""";

}
