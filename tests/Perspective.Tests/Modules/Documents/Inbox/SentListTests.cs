using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Modules.Documents.Sending;

namespace Perspective.Tests.Modules.Documents.Inbox;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class SentListTests(DocumentsFactory factory) : IClassFixture<DocumentsFactory>, IAsyncLifetime
{
    private readonly DocumentsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient? _officer;

    /// <summary>One client, so its cookies (the banner after a redirect) carry from request to request.</summary>
    private HttpClient Officer => _officer ??= _factory.Client(DocumentsFactory.OfficerId, "LA", BuiltInRoles.LaOfficer);

    [Fact]
    public async Task TheList_ShowsTheUsersBatches_WithHowManyOpened()
    {
        var category = await _factory.CategoryAsync();
        var sent = DateTime.UtcNow.AddHours(-2);
        var batch = await _factory.BatchAsync(category, "Risk letters (2 schools)", sent);
        await _factory.DocumentAsync(category, "Ash letter", sent, batchId: batch);
        var birch = await _factory.DocumentAsync(category, "Birch letter", sent, to: InboxSeeds.Birch, batchId: batch);
        await _factory.WithDbAsync(db => db.Set<DocumentRecipient>().Single(r => r.DocumentId == birch).FirstOpenedUtc = DateTime.UtcNow);
        var colleagues = await _factory.BatchAsync(category, "A colleague's letter", sent, sender: "colin");
        var draft = await _factory.BatchAsync(category, "Draft", sent);
        await _factory.WithDbAsync(db => db.Set<SendBatch>().Single(b => b.Id == draft).SentUtc = null);

        var html = await Officer.GetStringAsync("/documents/sent");

        Assert.Contains($"sent-{batch}", html, StringComparison.Ordinal);
        Assert.Contains("1 of 2 opened", html, StringComparison.Ordinal);
        Assert.DoesNotContain(colleagues.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.ToString(), html, StringComparison.Ordinal);
        Assert.Contains(colleagues.ToString(), await Officer.GetStringAsync("/documents/sent?SentBy=team"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASchoolUser_SeesOnlyWhatTheySent_AndCannotAskForTheirTeams()
    {
        var category = await _factory.CategoryAsync(recipients: BuiltInRoles.LaOfficer);
        var own = await _factory.BatchAsync(category, "Our return", DateTime.UtcNow, sender: "hetty", senderOrganisation: InboxSeeds.Ash);
        var colleague = await _factory.BatchAsync(category, "Their return", DateTime.UtcNow, sender: "sam", senderOrganisation: InboxSeeds.Ash);
        var head = _factory.Client("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);

        var html = await head.GetStringAsync("/documents/sent");
        var team = await head.GetStringAsync("/documents/sent?SentBy=team");

        Assert.Contains(own.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain(colleague.ToString(), html, StringComparison.Ordinal);
        Assert.Contains("Select who sent the documents from the list", team, StringComparison.Ordinal);
        Assert.DoesNotContain(colleague.ToString(), team, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_NarrowBySchoolStatusCategoryDateAndTitle()
    {
        var letters = await _factory.CategoryAsync();
        var visits = await _factory.CategoryAsync();
        var toAsh = await _factory.BatchAsync(letters, "Ash risk letter", new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc));
        await _factory.DocumentAsync(letters, "Ash risk letter", new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc), batchId: toAsh);
        var toBirch = await _factory.BatchAsync(visits, "Birch visit", new DateTime(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc));
        var birchDoc = await _factory.DocumentAsync(visits, "Birch visit", new DateTime(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc), to: InboxSeeds.Birch, batchId: toBirch);
        await _factory.WithDbAsync(db => db.Set<DocumentRecipient>().Single(r => r.DocumentId == birchDoc).FirstOpenedUtc = DateTime.UtcNow);

        Assert.Equal([toAsh], await ListedAsync("/documents/sent?School=100001"));
        Assert.Equal([toBirch], await ListedAsync("/documents/sent?School=birch"));
        Assert.Equal([toBirch], await ListedAsync("/documents/sent?School=9992002"));
        Assert.Equal([toBirch], await ListedAsync("/documents/sent?Status=all-opened"));
        Assert.Equal([toAsh], await ListedAsync("/documents/sent?Status=some-not-opened"));
        Assert.Equal([toAsh], await ListedAsync($"/documents/sent?Category={letters}"));
        Assert.Equal([toBirch], await ListedAsync("/documents/sent?SentFrom=15/3/2026"));
        Assert.Equal([toAsh], await ListedAsync("/documents/sent?Search=risk"));
    }

    [Theory]
    [InlineData("School=Nowhere%20School", "Enter a school&#x27;s name, URN or DfE number that matches a school")]
    [InlineData("Status=half", "Select a status from the list")]
    [InlineData("SentBy=everyone", "Select who sent the documents from the list")]
    [InlineData("SentFrom=1/13/2026", "Enter the &#x27;sent from&#x27; date as a real date")]
    public async Task ABadFilter_GetsAGovUkError(string query, string message)
    {
        var html = await Officer.GetStringAsync("/documents/sent?" + query);

        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("sent-list", html, StringComparison.Ordinal);
    }

    private Task<List<Guid>> ListedAsync(string url) => Officer.ListedAsync(url, "sent");
}
