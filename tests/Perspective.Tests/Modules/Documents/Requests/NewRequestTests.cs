using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Requests;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class NewRequestTests(RequestsFactory factory) : IClassFixture<RequestsFactory>, IAsyncLifetime
{
    private readonly RequestsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Title", "", "Enter a title for the request")]
    [InlineData("Title", "201", "Title must be 200 characters or fewer")]
    [InlineData("Description", "2001", "Description must be 2000 characters or fewer")]
    [InlineData("CategoryId", "", "Select a category")]
    [InlineData("CategoryId", "99999", "Select a category")]
    [InlineData("Deadline.Day", "", "The deadline must include a day")]
    [InlineData("Deadline.Month", "13", "The deadline must be a real date")]
    [InlineData("Deadline.Day", "31-feb", "The deadline must be a real date")]
    [InlineData("Deadline.Year", "2026", "The deadline must be in the future")]
    [InlineData("FileTypes", "", "Select at least one type of file")]
    [InlineData("FileTypes", "exe", "&quot;exe&quot; is not a type of file the portal can check")]
    [InlineData("FileTypes", "png", "does not take .png files")]
    [InlineData("Audience", "", "Select which schools to ask")]
    [InlineData("Audience", "group", "Select a group of schools")]
    [InlineData("References", "", "Enter the URN or DfE number of at least one school")]
    [InlineData("References", "100001\n123456\nLA\nnonsense", "Check the schools: line 2: 123456 is not a school&#x27;s URN or DfE number; line 3: LA is not a school&#x27;s URN or DfE number; line 4: nonsense is not a school&#x27;s URN or DfE number")]
    public async Task Continue_WithABadAnswer_ShowsItsGovUkError_AndStoresNothing(string field, string value, string message)
    {
        var answers = RequestsFactory.Answers(await _factory.CategoryAsync());
        answers[field] = value switch
        {
            "201" => new string('t', 201),
            "2001" => new string('d', 2001),
            _ => value,
        };

        var response = await _factory.Officer().SubmitAsync("/documents/requests/new", answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: Ask schools for a file", html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<FileRequest>().CountAsync()));
    }

    [Fact]
    public async Task Continue_WithAnArchivedCategoryOrOneTheUserCannotSendIn_IsRefused()
    {
        var archived = await _factory.CategoryAsync(archived: true);

        var response = await _factory.Officer().SubmitAsync("/documents/requests/new", RequestsFactory.Answers(archived));
        var other = await _factory.ClientForOrganisation("vera", RequestsFactory.La, BuiltInRoles.VirtualSchoolOfficer)
            .SubmitAsync("/documents/requests/new", RequestsFactory.Answers(await _factory.CategoryAsync()));

        Assert.Contains("Select a category", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Select a category", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<FileRequest>().CountAsync()));
    }

    [Fact]
    public async Task Continue_ToAGroupWithNoOpenSchools_IsRefused()
    {
        var group = await _factory.GroupAsync("Empty cluster");
        var answers = RequestsFactory.Answers(await _factory.CategoryAsync(), audience: "group");
        answers["GroupId"] = group.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await _factory.Officer().SubmitAsync("/documents/requests/new", answers);

        Assert.Contains("Empty cluster has no open schools", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAnswers_ShowsTheAnswers_AndCreatesNothingUntilConfirmed()
    {
        var officer = _factory.Officer();
        await officer.SubmitAsync("/documents/requests/new", RequestsFactory.Answers(await _factory.CategoryAsync()));

        var html = await officer.GetStringAsync("/documents/requests/new/check-answers");

        Assert.Contains("Safeguarding audit", html, StringComparison.Ordinal);
        Assert.Contains("15 January 2027", html, StringComparison.Ordinal);
        Assert.Contains("Ash Primary School (URN 100001)", html, StringComparison.Ordinal);
        Assert.Contains("Birch Academy (URN 100002)", html, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<FileRequest>().CountAsync()));
    }

    [Fact]
    public async Task CheckAnswers_WithoutAnswers_GoesBackToTheForm()
    {
        var response = await _factory.Officer().GetAsync("/documents/requests/new/check-answers");

        Assert.Equal("/documents/requests/new", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Asking_CreatesTheRequestARowPerSchoolAnEmailPerRecipientAndOneAuditEvent()
    {
        await _factory.PeopleAsync();
        var category = await _factory.CategoryAsync();

        var id = await _factory.AskAsync(RequestsFactory.Answers(category));

        var request = await _factory.QueryAsync(db => db.Set<FileRequest>().SingleAsync());
        Assert.Equal((id, "Safeguarding audit", category, "pdf", RequestsFactory.OfficerId, RequestsFactory.La), (request.Id, request.Title, request.CategoryId, request.AllowedExtensions, request.CreatedByUserId, request.CreatedByOrganisationId));
        // The end of 15 January in UK time (GMT in winter).
        Assert.Equal(new DateTime(2027, 1, 15, 23, 59, 59, DateTimeKind.Utc), request.DeadlineUtc);
        Assert.Equal([RequestsFactory.Ash, RequestsFactory.Birch], (await _factory.AnswersOfAsync(id)).Select(a => a.OrganisationId));
        var emails = (await _factory.OutboxAsync()).Where(m => m.Kind == "documents.file-requested").ToList();
        Assert.Equal(["bea@birch.test", "hetty@ash.test"], emails.Select(m => m.ToAddress).Order());
        Assert.All(emails, m => Assert.Contains($"/documents/requests/{id}", m.TextBody, StringComparison.Ordinal));
        Assert.All(emails, m => Assert.Contains("15 January 2027 at 11:59pm", m.TextBody, StringComparison.Ordinal));
        Assert.Single(await _factory.AuditActionsAsync(), "documents.file-requested");
    }

    [Fact]
    public async Task Asking_EveryOpenSchool_OrAGroup_AsksTheirSchools()
    {
        var category = await _factory.CategoryAsync();
        var group = await _factory.GroupAsync("Birch cluster", RequestsFactory.Birch);
        var toGroup = RequestsFactory.Answers(category, audience: "group");
        toGroup["GroupId"] = group.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var every = await _factory.AskAsync(RequestsFactory.Answers(category, audience: "all"));
        var grouped = await _factory.AskAsync(toGroup);

        Assert.Equal([RequestsFactory.Ash, RequestsFactory.Birch], (await _factory.AnswersOfAsync(every)).Select(a => a.OrganisationId));
        Assert.Equal([RequestsFactory.Birch], (await _factory.AnswersOfAsync(grouped)).Select(a => a.OrganisationId));
    }

    [Fact]
    public async Task TheNewRequestPages_AreForLaStaffWhoSendDocuments()
    {
        var head = _factory.AshHead();

        var form = await head.GetAsync("/documents/requests/new");

        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _factory.Officer().GetAsync("/documents/requests/new")).StatusCode);
    }

}
