using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Modules.Roles;

namespace Perspective.Tests.Modules.Documents.Categories.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class CategoryPagesTests(CategoriesFactory factory) : IClassFixture<CategoriesFactory>, IAsyncLifetime
{
    private const string Overview = "/admin/documents/categories";
    private const string New = "/admin/documents/categories/new";

    private readonly CategoriesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheOverview_ListsEveryCategoryWithWhatItAllows()
    {
        var id = await _factory.AddAsync(CategoriesFactory.Letters);

        var html = WebUtility.HtmlDecode(await _factory.Admin().GetStringAsync(Overview));

        Assert.Contains("Add a category", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/documents/categories/{id}\">Risk category letters</a>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-table__cell\">LA officer</td>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-table__cell\">Headteacher</td>", html, StringComparison.Ordinal);
        Assert.Contains("2,555 days", html, StringComparison.Ordinal);
        Assert.Contains("govuk-table__cell\">PDF</td>", html, StringComparison.Ordinal);
        Assert.Contains("Active", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNewPage_OffersEveryRoleAndEveryFileTypeTheModuleChecks()
    {
        var html = await _factory.Admin().GetStringAsync(New);

        foreach (var role in BuiltInRoles.All)
        {
            Assert.Contains($"name=\"Senders\" type=\"checkbox\" value=\"{role}\"", html, StringComparison.Ordinal);
            Assert.Contains($"name=\"Recipients\" type=\"checkbox\" value=\"{role}\"", html, StringComparison.Ordinal);
        }

        foreach (var type in Perspective.Files.Checks.FileTypes.All)
        {
            Assert.Contains($"name=\"FileTypes\" type=\"checkbox\" value=\"{type.Extension}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AddingACategory_SavesItAsAnswered_AndAuditsIt()
    {
        var client = _factory.Admin();
        var response = await client.SubmitPairsAsync(New, CategoryForm.Good());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Overview, response.Headers.Location?.OriginalString);
        var category = Assert.Single(await _factory.CategoriesAsync());
        Assert.Equal(
            ("Visit records", "Notes of visits", "LA officer", "Headteacher,School user", false, (int?)2190, "pdf,docx", 50L * 1024 * 1024, false),
            (category.Name, category.Description, category.SenderRoles, category.RecipientRoles, category.RequiresTwoFactor, category.RetentionDays, category.AllowedExtensions, category.MaxSizeBytes, category.IsArchived));
        Assert.Equal([("documents.category-created", "Visit records")], await _factory.AuditAsync());
        Assert.Contains("Visit records is added", await client.GetStringAsync(Overview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepUntilDeleted_StoresNoRetention_EvenWithDaysTyped()
    {
        await _factory.Admin().SubmitPairsAsync(New, CategoryForm.Good().With("Retention", "keep").With("RetentionDays", "abc").With("RequiresTwoFactor", "yes"));

        var category = Assert.Single(await _factory.CategoriesAsync());
        Assert.Null(category.RetentionDays);
        Assert.True(category.RequiresTwoFactor);
    }

    [Fact]
    public async Task TheChangePage_ShowsTheSavedAnswers()
    {
        var id = await _factory.AddAsync(CategoriesFactory.Letters);

        var html = await _factory.Admin().GetStringAsync($"{Overview}/{id}");

        Assert.Contains("value=\"Risk category letters\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2555\"", html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*checked=\"checked\"[^>]*name=\"Senders\"[^>]*value=\"LA officer\"", html);
        Assert.Matches("<input[^>]*checked=\"checked\"[^>]*name=\"FileTypes\"[^>]*value=\"pdf\"", html);
        Assert.DoesNotMatch("<input[^>]*checked=\"checked\"[^>]*name=\"FileTypes\"[^>]*value=\"docx\"", html);
    }

    [Fact]
    public async Task ChangingACategory_SavesIt_AndAuditsWhatChanged()
    {
        var id = await _factory.AddAsync(CategoriesFactory.Letters);
        var fields = CategoryForm.Good("Risk category letters").With("Description", "Annual letters").With("Recipients", "Headteacher")
            .With("Retention", "keep").With("FileTypes", "pdf", "docx").With("MaxSizeMB", "20");

        var response = await _factory.Admin().SubmitPairsAsync($"{Overview}/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var category = Assert.Single(await _factory.CategoriesAsync());
        Assert.Equal(((int?)null, "pdf,docx"), (category.RetentionDays, category.AllowedExtensions));
        var (action, details) = Assert.Single(await _factory.AuditAsync());
        Assert.Equal("documents.category-changed", action);
        Assert.Equal("Risk category letters: retention: 2555 days -> keep until deleted; file types: pdf -> pdf, docx", details);
    }

    [Fact]
    public async Task SavingWithNoChanges_RecordsNothing()
    {
        var id = await _factory.AddAsync(CategoriesFactory.Letters);
        var fields = CategoryForm.Good("Risk category letters").With("Description", "Annual letters").With("Recipients", "Headteacher")
            .With("RetentionDays", "2555").With("FileTypes", "pdf").With("MaxSizeMB", "20");

        var response = await _factory.Admin().SubmitPairsAsync($"{Overview}/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await _factory.AuditAsync());
    }

    [Fact]
    public async Task ACategory_KeepsItsOwnNameInAnotherCase()
    {
        var id = await _factory.AddAsync(CategoriesFactory.Letters);

        var response = await _factory.Admin().SubmitPairsAsync($"{Overview}/{id}", CategoryForm.Good("Risk Category Letters"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Risk Category Letters", Assert.Single(await _factory.CategoriesAsync()).Name);
    }

    [Fact]
    public async Task ArchivingAndUnarchiving_AreRecorded_AndRepeatingChangesNothing()
    {
        var id = await _factory.AddAsync(CategoriesFactory.Letters);
        var client = _factory.Admin();
        var page = $"{Overview}/{id}";

        var archived = await client.SubmitPairsAsync(page, [], $"{page}?handler=Archive");
        var again = await client.SubmitPairsAsync(page, [], $"{page}?handler=Archive");
        var overview = await client.GetStringAsync(Overview);
        var archivedPage = await client.GetStringAsync(page);
        var stillArchived = Assert.Single(await _factory.CategoriesAsync()).IsArchived;
        var unarchived = await client.SubmitPairsAsync(page, [], $"{page}?handler=Unarchive");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (archived.StatusCode, again.StatusCode, unarchived.StatusCode));
        Assert.True(stillArchived);
        Assert.Contains("Archived", overview, StringComparison.Ordinal);
        Assert.Contains("Unarchive category", archivedPage, StringComparison.Ordinal);
        Assert.False(Assert.Single(await _factory.CategoriesAsync()).IsArchived);
        Assert.Equal(["documents.category-archived", "documents.category-unarchived"], (await _factory.AuditAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task ArchivingIsNeverDoneByAGet()
    {
        var id = await _factory.AddAsync(CategoriesFactory.Letters);

        await _factory.Admin().GetAsync($"{Overview}/{id}?handler=Archive");

        Assert.False(Assert.Single(await _factory.CategoriesAsync()).IsArchived);
    }

    [Theory]
    [InlineData("/admin/documents/categories/999")]
    [InlineData("/admin/documents/categories/999?handler=Archive")]
    public async Task AnUnknownCategory_IsNotFound(string path)
    {
        var client = _factory.Admin();

        var get = await client.GetAsync("/admin/documents/categories/999");
        var post = await client.SubmitPairsAsync(Overview, CategoryForm.Good(), path);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, post.StatusCode));
        Assert.Empty(await _factory.CategoriesAsync());
    }

    [Theory]
    [InlineData(BuiltInRoles.LaOfficer)]
    [InlineData(BuiltInRoles.LaEditor)]
    public async Task SomeoneWithoutThePermission_IsForbiddenEveryPage(string role)
    {
        var id = await _factory.AddAsync(CategoriesFactory.Letters);
        var client = _factory.ClientFor("Olly Officer", role);
        using var form = new FormUrlEncodedContent(CategoryForm.Good().Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Overview)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(New)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Overview}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(New, form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{Overview}/{id}?handler=Archive", form)).StatusCode);
        Assert.Single(await _factory.CategoriesAsync());
    }

}
