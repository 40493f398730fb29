using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Inbox;
using Perspective.Tests.Modules.Documents.Sending;

namespace Perspective.Tests.Modules.Documents.Receipts;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class ReadReceiptsTests(DocumentsFactory factory) : IClassFixture<DocumentsFactory>, IAsyncLifetime
{
    private const string Reminder = "documents.reminder";
    private readonly DocumentsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient? _officer;

    /// <summary>One client, so its cookies (the banner after a redirect) carry from request to request.</summary>
    private HttpClient Officer => _officer ??= _factory.Client(DocumentsFactory.OfficerId, "LA", BuiltInRoles.LaOfficer);

    [Fact]
    public async Task ThePage_CountsAndListsEachRecipient_WithWhoOpenedIt()
    {
        var (batch, ash, birch) = await TwoSchoolBatchAsync();
        await _factory.UserAsync("bea", InboxSeeds.Birch, BuiltInRoles.Headteacher);
        await OpenAsync(birch, "bea");

        var html = await Officer.GetStringAsync($"/documents/sent/{batch}");

        Assert.Contains("1 opened</strong>, <strong class=\"govuk-tag govuk-tag--grey\">1 not opened", html, StringComparison.Ordinal);
        Assert.Contains("Ash Primary School (URN 100001)", html, StringComparison.Ordinal);
        Assert.Contains("by Bea,", html, StringComparison.Ordinal);
        Assert.Contains("Not opened", html, StringComparison.Ordinal);
        Assert.Contains($"/documents/{ash}", html, StringComparison.Ordinal);
        Assert.Contains("Send a reminder to the 1 school that has not opened", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilteringByStatusAndSchool_NarrowsTheRows()
    {
        var (batch, _, birch) = await TwoSchoolBatchAsync();
        await OpenAsync(birch, "bea");

        var opened = await Officer.GetStringAsync($"/documents/sent/{batch}?Status=opened");
        var ash = await Officer.GetStringAsync($"/documents/sent/{batch}?School=ash");
        var bad = await Officer.GetStringAsync($"/documents/sent/{batch}?Status=sometimes");

        Assert.Contains("Birch Academy", opened, StringComparison.Ordinal);
        Assert.DoesNotContain("Ash Primary School", opened, StringComparison.Ordinal);
        Assert.Contains("Ash Primary School", ash, StringComparison.Ordinal);
        Assert.DoesNotContain("Birch Academy (URN", ash, StringComparison.Ordinal);
        Assert.Contains("Select a status from the list", bad, StringComparison.Ordinal);
        Assert.Contains("<title>Error: ", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminding_EmailsOnlyTheUnopenedSchools_AndRecordsIt()
    {
        await _factory.UserAsync("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);
        await _factory.UserAsync("bea", InboxSeeds.Birch, BuiltInRoles.Headteacher);
        var (batch, ash, birch) = await TwoSchoolBatchAsync();
        await OpenAsync(birch, "bea");

        var response = await Officer.SubmitAsync($"/documents/sent/{batch}", new Dictionary<string, string>(), $"/documents/sent/{batch}?handler=Remind");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["hetty@example.test"], await _factory.EmailsAsync(Reminder));
        Assert.NotNull(await LastRemindedAsync(ash));
        Assert.Null(await LastRemindedAsync(birch));
        Assert.Contains("documents.reminded", await _factory.AuditActionsAsync());
        var page = await Officer.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Reminders sent to 1 school", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondReminderWithin24Hours_IsSkipped_AndSaysSo()
    {
        await _factory.UserAsync("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);
        var (batch, ash, _) = await TwoSchoolBatchAsync();
        await _factory.UserAsync("bea", InboxSeeds.Birch, BuiltInRoles.Headteacher);
        await _factory.WithDbAsync(db => db.Set<DocumentRecipient>().Single(r => r.DocumentId == ash).LastRemindedUtc = DateTime.UtcNow.AddHours(-23));

        var response = await Officer.SubmitAsync($"/documents/sent/{batch}", new Dictionary<string, string>(), $"/documents/sent/{batch}?handler=Remind");
        var page = await Officer.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(["bea@example.test"], await _factory.EmailsAsync(Reminder));
        Assert.Contains("1 school had a reminder in the last 24 hours, so were not reminded again", page, StringComparison.Ordinal);

        await _factory.WithDbAsync(db => db.Set<DocumentRecipient>().Single(r => r.DocumentId == ash).LastRemindedUtc = DateTime.UtcNow.AddHours(-25));
        await Officer.SubmitAsync($"/documents/sent/{batch}", new Dictionary<string, string>(), $"/documents/sent/{batch}?handler=Remind");
        Assert.Equal(["bea@example.test", "hetty@example.test"], await _factory.EmailsAsync(Reminder));
    }

    [Fact]
    public async Task RemindingWhenEveryoneHasOpened_SendsNothing_AndSaysSo()
    {
        var (batch, ash, birch) = await TwoSchoolBatchAsync();
        await OpenAsync(ash, "hetty");
        await OpenAsync(birch, "bea");

        var response = await Officer.SubmitAsync($"/documents/sent/{batch}", new Dictionary<string, string>(), $"/documents/sent/{batch}?handler=Remind");
        var page = await Officer.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Empty(await _factory.EmailsAsync(Reminder));
        Assert.Contains("There was nobody to remind", page, StringComparison.Ordinal);
        Assert.DoesNotContain("documents.reminded", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task RevokedDocuments_AreNotChased()
    {
        await _factory.UserAsync("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);
        var (batch, ash, birch) = await TwoSchoolBatchAsync();
        await _factory.ChangeDocumentAsync(ash, d => d.RevokedUtc = DateTime.UtcNow);
        await OpenAsync(birch, "bea");

        await Officer.SubmitAsync($"/documents/sent/{batch}", new Dictionary<string, string>(), $"/documents/sent/{batch}?handler=Remind");

        Assert.Empty(await _factory.EmailsAsync(Reminder));
    }

    [Fact]
    public async Task AColleagueWithSendDocuments_SeesTheReceipts_AndASchoolUserDoesNot()
    {
        var (batch, _, _) = await TwoSchoolBatchAsync();

        var colleague = await _factory.Client("colin", "LA", BuiltInRoles.LaOfficer).GetAsync($"/documents/sent/{batch}");
        var school = await _factory.Client("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher).GetAsync($"/documents/sent/{batch}");

        Assert.Equal(HttpStatusCode.OK, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, school.StatusCode);
    }

    private async Task<(Guid Batch, Guid Ash, Guid Birch)> TwoSchoolBatchAsync()
    {
        var category = await _factory.CategoryAsync();
        var sent = DateTime.UtcNow.AddDays(-2);
        var batch = await _factory.BatchAsync(category, "Risk letters (2 schools)", sent);
        var ash = await _factory.DocumentAsync(category, "Ash letter", sent, batchId: batch);
        var birch = await _factory.DocumentAsync(category, "Birch letter", sent, to: InboxSeeds.Birch, batchId: batch);
        return (batch, ash, birch);
    }

    private Task OpenAsync(Guid document, string userId) =>
        _factory.WithDbAsync(db =>
        {
            var row = db.Set<DocumentRecipient>().Single(r => r.DocumentId == document);
            row.FirstOpenedUtc = DateTime.UtcNow.AddHours(-1);
            row.FirstOpenedByUserId = userId;
        });

    private Task<DateTime?> LastRemindedAsync(Guid document) =>
        _factory.QueryAsync(db => db.Set<DocumentRecipient>().Where(r => r.DocumentId == document).Select(r => r.LastRemindedUtc).SingleAsync());
}
