using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Cli;
using Perspective.Core.Security;
using Perspective.Noticeboard;
using Perspective.Noticeboard.Cli;
using Perspective.Noticeboard.Jobs;
using Perspective.Recipes;
using Perspective.Tests.Core.Jobs;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Samples.Noticeboard;

/// <summary>What the sample module stores and does with it, on SQLite and on PostgreSQL.</summary>
public abstract class NoticeboardDataTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    protected abstract NoticeboardFactory Host();

    [Fact]
    public async Task PinningANotice_ListsIt_RecordsItInTheAuditTrail_AndTheSubscriberCountsIt()
    {
        using var host = Host();
        var officer = host.ClientFor("Olu Officer", BuiltInRoles.LaOfficer);

        var response = await PinAsync(officer, "Spring term dates are published", "14");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notice = Assert.Single(await host.NoticesAsync());
        Assert.Equal(("Spring term dates are published", "Olu Officer", host.Now.AddDays(14)), (notice.Title, notice.PinnedBy, notice.ExpiresUtc));
        await Poll.UntilAsync(host.TallyAsync, n => n == 1, Within, n => $"The tally counted {n} notices, not 1.");
        var audited = await Poll.UntilAsync(
            () => host.QueryAsync(db => db.AuditEvents.Where(e => e.Action == NoticeboardEvents.NoticePinned.Name).ToListAsync()),
            rows => rows.Count > 0, Within, _ => "The pinned notice never reached the audit trail.");
        Assert.Equal(("Olu Officer", "notice", notice.Id, notice.Title), (audited[0].UserName, audited[0].ObjectType, audited[0].ObjectId, audited[0].Details));
        var page = await (await officer.GetAsync("/noticeboard")).Content.ReadAsStringAsync();
        Assert.Contains("Spring term dates are published", page, StringComparison.Ordinal);
        Assert.Contains("1 notice has been pinned since the board opened.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PinningWithBadInput_ShowsAGovUkErrorNextToTheField_AndPinsNothing()
    {
        using var host = Host();
        var officer = host.ClientFor("Olu Officer", BuiltInRoles.LaOfficer);
        (string Title, string Days, string Error)[] cases =
        [
            ("", "7", "Enter the notice"),
            (new string('x', 121), "7", "Notice must be 120 characters or fewer"),
            ("Staff meeting", "", "Enter how many days the notice should stay up"),
            ("Staff meeting", "seven", "Days must be a whole number from 1 to 90"),
            ("Staff meeting", "0", "Days must be a whole number from 1 to 90"),
            ("Staff meeting", "91", "Days must be a whole number from 1 to 90"),
        ];

        foreach (var (title, days, error) in cases)
        {
            var response = await PinAsync(officer, title, days);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
            Assert.Contains($"<span class=\"govuk-visually-hidden\">Error:</span> {error}", html, StringComparison.Ordinal);
        }

        Assert.Empty(await host.NoticesAsync());
        Assert.Equal(0, await host.TallyAsync());
    }

    [Fact]
    public async Task PinningOnAFullBoard_IsRefusedWithAMessage_AndPinsNothing()
    {
        using var host = Host();
        var officer = host.ClientFor("Olu Officer", BuiltInRoles.LaOfficer);
        for (var n = 1; n <= 10; n++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PinAsync(officer, $"Notice {n}", "7")).StatusCode);
        }

        var response = await PinAsync(officer, "One too many", "7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The noticeboard is full: it holds 10 notices. Wait for one to come down", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(10, (await host.NoticesAsync()).Count);
    }

    [Fact]
    public async Task ANoticePinnedOnThePage_ComesDownAtItsExpiry_RunByTheJobThePageScheduled()
    {
        using var host = Host();
        // The sweep waits 30 days, so only the run scheduled for the notice's expiry can take it down.
        host.With("Perspective:Noticeboard:SweepInterval", "30.00:00:00");
        var officer = host.ClientFor("Olu Officer", BuiltInRoles.LaOfficer);
        await PinAsync(officer, "Fire drill at 10am", "1");
        var pinned = Assert.Single(await host.NoticesAsync());

        host.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Single(await host.NoticesAsync());
        var left = await Poll.UntilAsync(
            () => { host.Clock.Advance(TimeSpan.FromMinutes(30)); return host.NoticesAsync(); },
            n => n.Count == 0, Within, n => $"{n.Count} notices are still pinned.");

        Assert.Empty(left);
        var unpinned = await Poll.UntilAsync(
            () => host.QueryAsync(db => db.AuditEvents.Where(e => e.Action == NoticeboardEvents.NoticeUnpinned.Name).Select(e => e.ObjectId).ToListAsync()),
            ids => ids.Count > 0, Within, _ => "The unpinning never reached the audit trail.");
        Assert.Equal([pinned.Id], unpinned);
    }

    [Fact]
    public async Task TheRecipeStep_PinsItsNotices_AndRunningItTwiceChangesNothing()
    {
        using var host = Host();
        var recipe = Recipe("""[ { "id": "term-dates", "title": "Spring term dates are published", "daysPinned": 30 }, { "id": "inset", "title": "INSET day on 6 January", "daysPinned": 5 } ]""");

        var first = await RunAsync(host, recipe);
        host.Clock.Advance(TimeSpan.FromHours(1));
        var second = await RunAsync(host, recipe);

        Assert.Empty(first.Errors);
        Assert.Empty(second.Errors);
        var notices = await host.NoticesAsync();
        Assert.Equal(["inset", "term-dates"], notices.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.All(notices, n => Assert.Equal(ClockFactory.Start, n.PinnedUtc));
    }

    [Fact]
    public async Task TheRecipeStep_ReportsEachBadPropertyWithTheStepThePropertyAndTheProblem_AndPinsNothing()
    {
        using var host = Host();
        var recipe = Recipe("""[ { "id": "term-dates", "title": 5, "daysPinned": "thirty" }, { "id": "Bad Id", "title": "Hello", "daysPinned": 0, "colour": "red" } ]""");

        var result = await RunAsync(host, recipe);

        Assert.Equal(
            [
                "Step 1 (noticeboard): steps[1].notices[1].title: 'title' must be text.",
                "Step 1 (noticeboard): steps[1].notices[1].daysPinned: 'daysPinned' must be a whole number.",
                "Step 1 (noticeboard): steps[1].notices[2].colour: 'colour' is not a recognised property.",
            ],
            result.Errors);
        Assert.Empty(await host.NoticesAsync());
    }

    [Fact]
    public async Task TheRecipeStep_ReportsValuesItsOwnChecksRefuse_AndPinsNothing()
    {
        using var host = Host();
        var recipe = Recipe("""[ { "id": "Bad Id", "title": "Hello", "daysPinned": 0 } ]""");

        var result = await RunAsync(host, recipe);

        Assert.Equal(
            [
                "Step 1 (noticeboard): steps[1].notices[1].id: 'Bad Id' must be 1 to 40 lower-case letters, digits or hyphens.",
                "Step 1 (noticeboard): steps[1].notices[1].daysPinned: a notice stays pinned for 1 to 90 days, not 0.",
            ],
            result.Errors);
        Assert.Empty(await host.NoticesAsync());
    }

    [Fact]
    public async Task TheSweep_TakesDownANoticeARecipePinned_OnceItsTimeIsUp()
    {
        using var host = Host();
        Assert.Empty((await RunAsync(host, Recipe("""[ { "id": "inset", "title": "INSET day on 6 January", "daysPinned": 1 } ]"""))).Errors);
        Assert.Single(await host.NoticesAsync());

        var sweeps = () => RecurringRounds.Completed(host.Services, UnpinExpiredNoticesJob.Name);

        var (left, swept) = await Poll.UntilAsync(
            async () => { host.Clock.Advance(TimeSpan.FromHours(2)); return (Left: await host.NoticesAsync(), Sweeps: sweeps()); },
            r => r.Sweeps > 0 && r.Left.Count == 0, Within, r => $"{r.Sweeps} sweeps ran and {r.Left.Count} notices are still pinned.");

        Assert.Empty(left);
        Assert.True(swept > 0);
    }

    [Fact]
    public async Task TheVerb_ListsTheBoardsNotices_NewestFirst()
    {
        using var host = Host();
        var output = new StringWriter();
        var empty = new StringWriter();
        await NoticeboardVerbs.ListAsync(host.Services, new CliArguments(["list"]), empty);
        var officer = host.ClientFor("Olu Officer", BuiltInRoles.LaOfficer);
        await PinAsync(officer, "Older notice", "2");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await PinAsync(officer, "Newer notice", "3");

        var exitCode = await NoticeboardVerbs.ListAsync(host.Services, new CliArguments(["list", "--tenant", "Default"]), output);

        Assert.Equal(0, exitCode);
        Assert.Equal("Nothing is pinned on Default's noticeboard.", empty.ToString().Trim());
        Assert.Equal(
            [
                "Newer notice (pinned by Olu Officer, until 3 December 2026 09:05 UTC)",
                "Older notice (pinned by Olu Officer, until 2 December 2026 09:00 UTC)",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private static Task<HttpResponseMessage> PinAsync(HttpClient client, string title, string days) =>
        client.SubmitAsync("/noticeboard", new Dictionary<string, string> { ["Title"] = title, ["DaysPinned"] = days });

    private static RecipeSource Recipe(string notices) =>
        RecipeSource.FromJson("noticeboard.recipe.json", $$"""{ "name": "noticeboard-test", "steps": [ { "name": "noticeboard", "notices": {{notices}} } ] }""");

    private static async Task<RecipeResult> RunAsync(NoticeboardFactory host, RecipeSource recipe)
    {
        await using var scope = await host.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(recipe);
    }
}

public sealed class NoticeboardDataOnSqliteTests : NoticeboardDataTests
{
    protected override NoticeboardFactory Host() => new();
}

/// <summary>A fresh database for each test, so that no test sees another's notices or jobs.</summary>
public sealed class NoticeboardDataOnPostgresTests : NoticeboardDataTests, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    protected override NoticeboardFactory Host() => NoticeboardFactory.OnPostgres(_database.ConnectionString);
}
