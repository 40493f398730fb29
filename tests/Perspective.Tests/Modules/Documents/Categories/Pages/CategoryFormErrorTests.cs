using System.Net;
using Perspective.Tests.Modules.Roles;

namespace Perspective.Tests.Modules.Documents.Categories.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class CategoryFormErrorTests(CategoriesFactory factory) : IClassFixture<CategoriesFactory>, IAsyncLifetime
{
    private const string New = "/admin/documents/categories/new";

    private readonly CategoriesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string[], string> BadAnswers => new()
    {
        { "Name", [""], "Enter a name for the category" },
        { "Name", ["   "], "Enter a name for the category" },
        { "Name", [new string('n', 101)], "Name must be 100 characters or fewer" },
        { "Description", [new string('d', 501)], "Description must be 500 characters or fewer" },
        { "Senders", [], "Select at least one role that may send documents of this category" },
        { "Senders", ["Overlord"], "\"Overlord\" is not a role in this portal" },
        { "Recipients", [], "Select at least one role that receives documents of this category" },
        { "Recipients", ["Headteacher", "Governor"], "\"Governor\" is not a role in this portal" },
        { "RequiresTwoFactor", [], "Select yes if opening these documents needs two-factor authentication" },
        { "RequiresTwoFactor", ["maybe"], "Select yes if opening these documents needs two-factor authentication" },
        { "Retention", [], "Select how long documents are kept" },
        { "Retention", ["forever"], "Select how long documents are kept" },
        { "RetentionDays", [""], "Enter how many days documents are kept" },
        { "RetentionDays", ["0"], "Days kept must be a whole number from 1 to 36500" },
        { "RetentionDays", ["36501"], "Days kept must be a whole number from 1 to 36500" },
        { "RetentionDays", ["-5"], "Days kept must be a whole number from 1 to 36500" },
        { "RetentionDays", ["2.5"], "Days kept must be a whole number from 1 to 36500" },
        { "RetentionDays", ["seven years"], "Days kept must be a whole number from 1 to 36500" },
        { "FileTypes", [], "Select at least one type of file" },
        { "FileTypes", ["pdf", "exe"], "\"exe\" is not a type of file the portal can check" },
        { "MaxSizeMB", [""], "Enter the largest file size in MB" },
        { "MaxSizeMB", ["0"], "Maximum size must be a whole number of MB from 1 to 2048" },
        { "MaxSizeMB", ["2049"], "Maximum size must be a whole number of MB from 1 to 2048" },
        { "MaxSizeMB", ["ten"], "Maximum size must be a whole number of MB from 1 to 2048" },
        { "MaxSizeMB", ["99999999999"], "Maximum size must be a whole number of MB from 1 to 2048" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task ABadAnswerOnTheNewPage_IsShownAsAnError_AndSavesNothing(string field, string[] values, string message)
    {
        var response = await _factory.Admin().SubmitPairsAsync(New, CategoryForm.Good().With(field, values));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"govuk-visually-hidden\">Error:</span> {message}", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.CategoriesAsync());
        Assert.Empty(await _factory.AuditAsync());
    }

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task ABadAnswerOnTheChangePage_IsShownAsAnError_AndChangesNothing(string field, string[] values, string message)
    {
        var id = await _factory.AddAsync(CategoriesFactory.Letters);
        var before = Assert.Single(await _factory.CategoriesAsync());

        var response = await _factory.Admin().SubmitPairsAsync($"/admin/documents/categories/{id}", CategoryForm.Good().With(field, values));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        var after = Assert.Single(await _factory.CategoriesAsync());
        Assert.Equal((before.Name, before.SenderRoles, before.RecipientRoles, before.RetentionDays, before.AllowedExtensions, before.MaxSizeBytes, before.UpdatedUtc),
            (after.Name, after.SenderRoles, after.RecipientRoles, after.RetentionDays, after.AllowedExtensions, after.MaxSizeBytes, after.UpdatedUtc));
        Assert.Empty(await _factory.AuditAsync());
    }

    [Theory]
    [InlineData("Risk category letters")]
    [InlineData("RISK CATEGORY LETTERS")]
    [InlineData("  risk category letters ")]
    public async Task ANameAlreadyTaken_InAnyCase_IsRefused(string name)
    {
        await _factory.AddAsync(CategoriesFactory.Letters);

        var response = await _factory.Admin().SubmitPairsAsync(New, CategoryForm.Good(name));

        Assert.Contains("There is already a category called Risk category letters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await _factory.CategoriesAsync());
    }

    [Fact]
    public async Task RenamingToAnotherCategorysName_IsRefused()
    {
        await _factory.AddAsync(CategoriesFactory.Letters);
        var id = await _factory.AddAsync(new("General", "", ["LA officer"], ["Headteacher"], false, 730, ["pdf"], 20));

        var response = await _factory.Admin().SubmitPairsAsync($"/admin/documents/categories/{id}", CategoryForm.Good("risk category letters"));

        Assert.Contains("There is already a category called Risk category letters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["General", "Risk category letters"], (await _factory.CategoriesAsync()).Select(c => c.Name));
    }

}
