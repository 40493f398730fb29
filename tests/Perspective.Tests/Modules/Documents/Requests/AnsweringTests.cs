using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Requests;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class AnsweringTests(RequestsFactory factory) : IClassFixture<RequestsFactory>, IAsyncLifetime
{
    private readonly RequestsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheAskedSchools_SeeTheRequestInTheirList_AndOthersDoNot()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(), references: "100001"));

        var ash = await _factory.AshHead().GetStringAsync("/documents/requests");
        var birch = await _factory.BirchHead().GetStringAsync("/documents/requests");

        Assert.Contains($"data-testid=\"request-{id}\"", ash, StringComparison.Ordinal);
        Assert.Contains("Not submitted", ash, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"request-{id}\"", birch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASchoolSubmits_ItsStatusIsSubmitted_TheOtherIsNot_AndTheRequesterIsEmailed()
    {
        await _factory.PeopleAsync();
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync()));
        var pdf = RequestsFactory.Pdf("Ash audit");

        var response = await RequestsFactory.AnswerAsync(_factory.AshHead(), id, pdf, "Audit 2027.pdf", comment: "Signed by the governors");

        Assert.Equal($"/documents/requests/{id}", response.Headers.Location?.OriginalString);
        var answers = await _factory.AnswersOfAsync(id);
        var ash = answers.Single(a => a.OrganisationId == RequestsFactory.Ash);
        Assert.Equal((_factory.Now, "Signed by the governors"), (ash.SubmittedUtc, ash.Comment));
        Assert.Null(answers.Single(a => a.OrganisationId == RequestsFactory.Birch).SubmittedUtc);
        var document = await _factory.QueryAsync(db => db.Set<Document>().SingleAsync(d => d.Id == ash.DocumentId));
        Assert.Equal((id, "Audit 2027.pdf", RequestsFactory.AshHeadId, RequestsFactory.Ash), (document.FileRequestId, document.Title, document.SenderUserId, document.SenderOrganisationId));
        Assert.NotNull(document.BatchId);
        var recipient = await _factory.QueryAsync(db => db.Set<DocumentRecipient>().SingleAsync(r => r.DocumentId == document.Id));
        Assert.Equal((RequestsFactory.La, (string?)RequestsFactory.OfficerId), (recipient.OrganisationId, recipient.UserId));
        var email = Assert.Single(await _factory.OutboxAsync(), m => m.Kind == "documents.new-document");
        Assert.Equal("olive@la.test", email.ToAddress);
        Assert.DoesNotContain("Audit 2027", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("documents.file-submitted", await _factory.AuditActionsAsync());

        var officerPage = await _factory.Officer().GetStringAsync($"/documents/requests/{id}");
        Assert.Contains("1 of 2 schools have submitted", officerPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/documents/{document.Id}/download\"", officerPage, StringComparison.Ordinal);
        var download = await _factory.Officer().GetAsync($"/documents/{document.Id}/download");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("Submitted", await _factory.AshHead().GetStringAsync("/documents/requests"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondFile_ReplacesTheAnswer_AndTheFirstDocumentStays()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(), references: "100001"));
        await RequestsFactory.AnswerAsync(_factory.AshHead(), id, RequestsFactory.Pdf("first"), "First.pdf");
        var first = (await _factory.AnswersOfAsync(id)).Single().DocumentId;

        await RequestsFactory.AnswerAsync(_factory.AshHead(), id, RequestsFactory.Pdf("second"), "Second.pdf");

        var answer = (await _factory.AnswersOfAsync(id)).Single();
        Assert.NotEqual(first, answer.DocumentId);
        Assert.Equal(2, await _factory.QueryAsync(db => db.Set<Document>().CountAsync(d => d.FileRequestId == id)));
    }

    [Theory]
    [InlineData("Audit.png", "pdf", "The selected file must be a PDF")]
    [InlineData("Audit.pdf", "not a pdf", "The selected file")]
    [InlineData("", "pdf", "Select a file")]
    public async Task AFileTheRequestDoesNotTake_IsRefusedWithAGovUkError_AndNothingIsStored(string fileName, string content, string message)
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(), references: "100001"));
        var bytes = content == "pdf" ? RequestsFactory.Pdf("x") : System.Text.Encoding.ASCII.GetBytes(content);

        var response = await RequestsFactory.AnswerAsync(_factory.AshHead(), id, bytes, fileName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        await AssertNothingSubmittedAsync(id);
    }

    [Fact]
    public async Task ADocxOnARequestForPdfs_IsRefused_EvenThoughTheCategoryTakesIt()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(extensions: "pdf,docx"), references: "100001"));

        var response = await RequestsFactory.AnswerAsync(_factory.AshHead(), id, RequestsFactory.Pdf("x"), "Audit.docx");

        Assert.Contains("govuk-error-summary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingSubmittedAsync(id);
    }

    [Fact]
    public async Task AFileLargerThanTheCategoryTakes_IsRefused()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(maxBytes: 1024), references: "100001"));

        var response = await RequestsFactory.AnswerAsync(_factory.AshHead(), id, RequestsFactory.Pdf(new string('x', 2000)));

        Assert.Contains("The selected file must be smaller than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingSubmittedAsync(id);
    }

    [Fact]
    public async Task ACommentThatIsTooLong_IsRefused_AndTheFileMustBeChosenAgain()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(), references: "100001"));

        var response = await RequestsFactory.AnswerAsync(_factory.AshHead(), id, RequestsFactory.Pdf("x"), comment: new string('c', 1001));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Comment must be 1000 characters or fewer", html, StringComparison.Ordinal);
        Assert.Contains("Select the file again", html, StringComparison.Ordinal);
        await AssertNothingSubmittedAsync(id);
    }

    [Fact]
    public async Task AnUploadWithoutTheAntiforgeryToken_Gets400()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(), references: "100001"));

        var response = await RequestsFactory.AnswerAsync(_factory.AshHead(), id, RequestsFactory.Pdf("x"), token: "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingSubmittedAsync(id);
    }

    [Fact]
    public async Task ASchoolNotAsked_Gets404_OnThePageAndTheUpload()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(), references: "100001"));

        var page = await _factory.BirchHead().GetAsync($"/documents/requests/{id}");
        var upload = await RequestsFactory.AnswerAsync(_factory.BirchHead(), id, RequestsFactory.Pdf("x"), token: "not-checked-before-the-404");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        await AssertNothingSubmittedAsync(id);
    }

    [Fact]
    public async Task SchoolStaffWithoutACategoryRole_Get404()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(), references: "100001"));
        var staff = _factory.ClientForOrganisation("stan", RequestsFactory.Ash, BuiltInRoles.SchoolStaff);

        var page = await staff.GetAsync($"/documents/requests/{id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task AClosedRequest_RefusesUploads_WithAGovUkMessage()
    {
        var id = await _factory.AskAsync(RequestsFactory.Answers(await _factory.CategoryAsync(), references: "100001"));
        var head = _factory.AshHead();
        var token = await RequestsFactory.TokenAsync(head, $"/documents/requests/{id}");
        await _factory.Officer().SubmitAsync($"/documents/requests/{id}/close", new Dictionary<string, string>());

        var page = await head.GetStringAsync($"/documents/requests/{id}");
        var response = await RequestsFactory.AnswerAsync(head, id, RequestsFactory.Pdf("late"), token: token);

        Assert.Contains("This request is closed. You can no longer upload a file", page, StringComparison.Ordinal);
        Assert.DoesNotContain("answer-form", page, StringComparison.Ordinal);
        Assert.Contains("This request is closed. You can no longer upload a file", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingSubmittedAsync(id);
    }

    private async Task AssertNothingSubmittedAsync(int id)
    {
        Assert.All(await _factory.AnswersOfAsync(id), a => Assert.Null(a.SubmittedUtc));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
        Assert.Empty(Directory.Exists(FilesFolder) ? Directory.GetFiles(FilesFolder, "*.blob") : []);
    }

    private string FilesFolder => Path.Combine(_factory.DataPath, "Sites", _factory.TenantName, "Files");
}
