using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Inbox;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;

namespace Perspective.Tests.Modules.Documents.Inbox;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class ReceivedListTests(DocumentsFactory factory) : IClassFixture<DocumentsFactory>, IAsyncLifetime
{
    private readonly DocumentsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient AshHead => _factory.Client("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher);

    [Fact]
    public async Task TheList_ShowsWhatTheUserCanOpen_AndNothingElse()
    {
        var heads = await _factory.CategoryAsync(recipients: BuiltInRoles.Headteacher);
        var both = await _factory.CategoryAsync(recipients: $"{BuiltInRoles.Headteacher},{BuiltInRoles.SchoolUser}");
        var mine = await _factory.DocumentAsync(heads, "For the head");
        var named = await _factory.DocumentAsync(both, "Named for hetty", userId: "hetty");
        var toRole = await _factory.DocumentAsync(both, "For school users", role: BuiltInRoles.SchoolUser);
        var birch = await _factory.DocumentAsync(heads, "For Birch", to: InboxSeeds.Birch);
        var revoked = await _factory.DocumentAsync(heads, "Revoked one");
        await _factory.ChangeDocumentAsync(revoked, d => d.RevokedUtc = DateTime.UtcNow.AddMinutes(-1));
        var expired = await _factory.DocumentAsync(heads, "Expired one");
        await _factory.ChangeDocumentAsync(expired, d => d.ExpiresUtc = DateTime.UtcNow.AddMinutes(-1));
        var held = await _factory.DocumentAsync(heads, "Held by the scanner", scan: ScanStatus.Failed);

        var html = await AshHead.GetStringAsync("/documents");

        Assert.Contains($"received-{mine}", html, StringComparison.Ordinal);
        Assert.Contains($"received-{named}", html, StringComparison.Ordinal);
        foreach (var hidden in new[] { toRole, birch, revoked, expired, held })
        {
            Assert.DoesNotContain(hidden.ToString(), html, StringComparison.Ordinal);
        }

        Assert.Contains("School Improvement Team", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheListQuery_AgreesWithThePerDocumentRule_ForEveryUserAndRow()
    {
        var heads = await _factory.CategoryAsync(recipients: BuiltInRoles.Headteacher);
        var both = await _factory.CategoryAsync(recipients: $"{BuiltInRoles.Headteacher},{BuiltInRoles.SchoolUser}");
        var ids = new List<Guid>
        {
            await _factory.DocumentAsync(heads, "a"),
            await _factory.DocumentAsync(both, "b", role: BuiltInRoles.SchoolUser),
            await _factory.DocumentAsync(both, "c", role: BuiltInRoles.Headteacher),
            await _factory.DocumentAsync(both, "d", userId: "sam"),
            await _factory.DocumentAsync(both, "e", to: InboxSeeds.Birch),
            await _factory.DocumentAsync(heads, "f", userId: "hetty"),
        };
        var expired = await _factory.DocumentAsync(both, "g");
        await _factory.ChangeDocumentAsync(expired, d => d.ExpiresUtc = DateTime.UtcNow.AddMinutes(-1));
        ids.Add(expired);
        var users = new[]
        {
            DocumentsFactory.Principal("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher),
            DocumentsFactory.Principal("sam", InboxSeeds.Ash, BuiltInRoles.SchoolUser),
            DocumentsFactory.Principal("stan", InboxSeeds.Ash, BuiltInRoles.SchoolStaff),
            DocumentsFactory.Principal("bea", InboxSeeds.Birch, BuiltInRoles.Headteacher),
        };

        await using var scope = await _factory.TenantScopeAsync();
        var services = scope.ServiceProvider;
        foreach (var user in users)
        {
            var rule = (await services.GetRequiredService<RecipientRules>().ForAsync(user))!;
            var listed = services.GetRequiredService<ReceivedDocuments>().Openable(rule).Select(d => d.Id).ToHashSet();
            foreach (var id in ids)
            {
                var allowed = await services.GetRequiredService<DocumentAccess>().FindOpenableAsync(user, id) is not null;
                Assert.True(allowed == listed.Contains(id), $"{user.Identity!.Name ?? "user"} and document {id}: rule {allowed}, list {listed.Contains(id)}");
            }
        }
    }

    [Fact]
    public async Task AnLaOfficer_SeesDocumentsSchoolsSentToTheTeam()
    {
        var toLa = await _factory.CategoryAsync(recipients: BuiltInRoles.LaOfficer);
        var id = await _factory.DocumentAsync(toLa, "Return from Ash", to: "LA", sender: "hetty", senderOrganisation: InboxSeeds.Ash);

        var html = await _factory.Client("olive", "LA", BuiltInRoles.LaOfficer).GetStringAsync("/documents");

        Assert.Contains($"received-{id}", html, StringComparison.Ordinal);
        Assert.Contains("Ash Primary School", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_NarrowByCategoryDatesStatusAndTitle()
    {
        var letters = await _factory.CategoryAsync();
        var visits = await _factory.CategoryAsync();
        var march = await _factory.DocumentAsync(letters, "March letter", new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc));
        var april = await _factory.DocumentAsync(letters, "April letter", new DateTime(2026, 4, 10, 12, 0, 0, DateTimeKind.Utc));
        var visit = await _factory.DocumentAsync(visits, "Visit record", new DateTime(2026, 4, 11, 12, 0, 0, DateTimeKind.Utc));
        await _factory.WithDbAsync(db => db.Set<DocumentRecipient>().Single(r => r.DocumentId == april).FirstOpenedUtc = DateTime.UtcNow);

        Assert.Equal([march, april], await ListedAsync($"/documents?Category={letters}"));
        Assert.Equal([april, visit], await ListedAsync("/documents?SentFrom=1/4/2026&SentTo=30/4/2026"));
        Assert.Equal([march], await ListedAsync("/documents?SentTo=10/3/2026"));
        Assert.Equal([april], await ListedAsync("/documents?Status=opened"));
        Assert.Equal([march, visit], await ListedAsync("/documents?Status=not-opened"));
        Assert.Equal([visit], await ListedAsync("/documents?Search=VISIT"));
    }

    [Fact]
    public async Task ThirtyDocuments_ArePaginatedTwentyFiveAPage()
    {
        var category = await _factory.CategoryAsync();
        var start = new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 30; i++)
        {
            await _factory.DocumentAsync(category, $"Letter {i:00}", start.AddDays(i));
        }

        var first = await AshHead.GetStringAsync("/documents");
        var second = await AshHead.GetStringAsync("/documents?PageNumber=2");
        var beyond = await AshHead.GetAsync("/documents?PageNumber=3");

        Assert.Contains("1 to 25 of 30", first, StringComparison.Ordinal);
        Assert.Contains("Letter 29", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Letter 04", first, StringComparison.Ordinal);
        Assert.Contains("26 to 30 of 30", second, StringComparison.Ordinal);
        Assert.Contains("Letter 00", second, StringComparison.Ordinal);
        Assert.Contains("govuk-pagination", first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Theory]
    [InlineData("SentFrom=31/2/2026", "Enter the &#x27;sent from&#x27; date as a real date")]
    [InlineData("SentTo=yesterday", "Enter the &#x27;sent to&#x27; date as a real date")]
    [InlineData("SentFrom=2/4/2026&SentTo=1/4/2026", "must be the same as or after")]
    [InlineData("Category=999999", "Select a category from the list")]
    [InlineData("Category=abc", "Select a category from the list")]
    [InlineData("Status=maybe", "Select a status from the list")]
    public async Task ABadFilter_GetsAGovUkError_AndNoList(string query, string message)
    {
        await _factory.DocumentAsync(await _factory.CategoryAsync(), "A letter");

        var html = await AshHead.GetStringAsync("/documents?" + query);

        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("received-list", html, StringComparison.Ordinal);
    }

    /// <summary>Oldest first, so expectations read in date order.</summary>
    private async Task<List<Guid>> ListedAsync(string url) => Enumerable.Reverse(await AshHead.ListedAsync(url, "received")).ToList();
}
