using System.Net;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Bulk;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class BulkPreviewTests(BulkFactory factory) : IClassFixture<BulkFactory>, IAsyncLifetime
{
    private readonly BulkFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Preview_OfTheIssuesFileNames_ListsMatchedUnmatchedAndDuplicates()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id,
            "100001_Risk letter.pdf",       // URN and _
            "9992001-Second letter.pdf",    // DfE number and -: a second file for Ash
            "9992002-Risk letter.pdf",      // DfE number and -
            "Risk letter.pdf",              // no prefix
            "100009_Risk letter.pdf");      // no school has this URN

        var html = await officer.GetStringAsync(BulkPages.Preview(batchId));

        var matched = PageText.Table(html, "matched-files");
        Assert.Contains("Birch Academy", matched);
        Assert.Contains("100002", matched);
        Assert.Contains(">Risk letter.pdf</td>", matched);
        Assert.DoesNotContain(">9992002-Risk letter.pdf</td>", matched);
        Assert.DoesNotContain("Ash Primary School", matched);
        var unmatched = PageText.Table(html, "unmatched-files");
        Assert.Contains("The file name does not start with a 6-digit URN or a 7-digit DfE number", unmatched);
        Assert.Contains("No open school has the URN 100009", unmatched);
        var duplicates = PageText.Table(html, $"duplicate-{TestOrganisations.Ash.Id}");
        Assert.Contains("100001_Risk letter.pdf", duplicates);
        Assert.Contains("9992001-Second letter.pdf", duplicates);
        Assert.Contains("1 file matches a school", html);
        Assert.Contains("2 files do not match a school", html);
        Assert.Contains("1 school has more than one file", html);
        Assert.Contains("Send 1 letter", html);
    }

    [Fact]
    public async Task MatchByHand_WithAUrn_MovesTheFileToThatSchool_WithoutItsNumber()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100009_Risk letter.pdf");
        var fileId = await _factory.StagedIdAsync(batchId, "100009_Risk letter.pdf");

        var response = await officer.SubmitAsync(BulkPages.Match(batchId, fileId), new Dictionary<string, string> { ["Reference"] = " 100002 " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(BulkPages.Preview(batchId), response.Headers.Location!.OriginalString);
        var staged = Assert.Single(await _factory.StagedAsync(batchId));
        Assert.Equal((TestOrganisations.Birch.Id, "Risk letter.pdf"), (staged.OrganisationId, staged.ShownName));
        var html = await officer.GetStringAsync(BulkPages.Preview(batchId));
        Assert.Contains("Birch Academy", PageText.Table(html, "matched-files"));
        Assert.Contains("Chosen by hand", html);
        Assert.Contains("100009_Risk letter.pdf is matched", html);
        Assert.Equal("", PageText.Table(html, "unmatched-files"));
    }

    [Fact]
    public async Task MatchByHand_WithADfeNumberOrAnId_IsAccepted()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "Letter one.pdf", "Letter two.pdf");

        await officer.SubmitAsync(BulkPages.Match(batchId, await _factory.StagedIdAsync(batchId, "Letter one.pdf")), new Dictionary<string, string> { ["Reference"] = "999/2001" });
        await officer.SubmitAsync(BulkPages.Match(batchId, await _factory.StagedIdAsync(batchId, "Letter two.pdf")), new Dictionary<string, string> { ["Reference"] = TestOrganisations.Birch.Id });

        var staged = await _factory.StagedAsync(batchId);
        Assert.Equal([TestOrganisations.Ash.Id, TestOrganisations.Birch.Id], staged.Select(f => f.OrganisationId));
        Assert.Equal(["Letter one.pdf", "Letter two.pdf"], staged.Select(f => f.ShownName));
    }

    [Theory]
    [InlineData("", "Enter the school's URN, DfE number or organisation id")]
    [InlineData("123", "Enter the URN, DfE number or organisation id of a school in this portal")]
    [InlineData("100009", "Enter the URN, DfE number or organisation id of a school in this portal")]
    [InlineData("LA", "Enter the URN, DfE number or organisation id of a school in this portal")]
    [InlineData("100003", "Cedar Infants (closed) is closed: enter an open school")]
    public async Task MatchByHand_WithABadReference_ShowsAnErrorAndChangesNothing(string reference, string message)
    {
        await _factory.ClosedSchoolAsync();
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "Risk letter.pdf");
        var fileId = await _factory.StagedIdAsync(batchId, "Risk letter.pdf");

        var response = await officer.SubmitAsync(BulkPages.Match(batchId, fileId), new Dictionary<string, string> { ["Reference"] = reference });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: ", html);
        Assert.Contains(message, PageText.ErrorSummary(html));
        Assert.Contains("govuk-input--error", html);
        Assert.Null(Assert.Single(await _factory.StagedAsync(batchId)).OrganisationId);
    }

    [Fact]
    public async Task Remove_TakesTheFileOutOfThePreview_AndIsAudited()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf", "Stray.pdf");
        var stray = await _factory.StagedIdAsync(batchId, "Stray.pdf");

        var response = await BulkFactory.RemoveAsync(officer, batchId, stray);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await _factory.StagedAsync(batchId)).Single(f => f.Id == stray).Dropped);
        var html = await officer.GetStringAsync(BulkPages.Preview(batchId));
        Assert.DoesNotContain("unmatched-files", html);
        Assert.Contains("Stray.pdf is removed", html);
        Assert.Contains("Send 1 letter", html);
        Assert.Contains("documents.upload-removed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task Remove_OfAFileNotInTheDraft_Is404()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf");
        var otherBatch = await BulkFactory.DraftWithAsync(officer, category.Id, "100002_Risk letter.pdf");
        var otherFile = await _factory.StagedIdAsync(otherBatch, "100002_Risk letter.pdf");

        var response = await BulkFactory.RemoveAsync(officer, batchId, otherFile);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(Assert.Single(await _factory.StagedAsync(otherBatch)).Dropped);
    }

}
