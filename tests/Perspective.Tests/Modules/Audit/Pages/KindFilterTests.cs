using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Tests.Core.Audit;
using Perspective.Tests.Infrastructure;
using Perspective.Users;

namespace Perspective.Tests.Modules.Audit.Pages;

public sealed class SqliteKindFilterTests() : KindFilterTests(postgres: false);

public sealed class PostgresKindFilterTests() : KindFilterTests(postgres: true);

/// <summary>The audit trail filters by a declared kind of event, offered with its description, on screen and in the export.</summary>
public abstract class KindFilterTests(bool postgres) : AuditDatabaseTest(postgres)
{
    [Fact]
    public async Task AuditTrail_FilteredByAKind_ShowsOnlyThatKind_AndOffersEachKindWithItsDescription()
    {
        await RecordAsync();

        var html = await Admin().GetStringAsync("/admin/audit?Kind=users.sign-in.failed");

        Assert.Contains("<option selected=\"selected\" value=\"users.sign-in.failed\">A sign-in failed (users.sign-in.failed)</option>", html, StringComparison.Ordinal);
        Assert.Contains("A document was sent (documents.sent)", html, StringComparison.Ordinal);
        Assert.Contains("Events 1 to 2 of 2", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">users.sign-out<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FilteredByAKind_HoldsOnlyThatKind()
    {
        await RecordAsync();

        var csv = await Admin().GetStringAsync("/admin/audit/export?Kind=users.sign-in.failed");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(["users.sign-in.failed", "users.sign-in.failed"], lines.Select(l => l.Split(',')[2]));
    }

    [Fact]
    public async Task AKindThatIsNotDeclared_GetsAnErrorMessage_AndShowsNoEvents()
    {
        await RecordAsync();

        var html = await Admin().GetStringAsync("/admin/audit?Kind=users.made-up");
        var export = await Admin().GetAsync("/admin/audit/export?Kind=users.made-up");

        Assert.Contains("Choose a kind of event from the list", html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"audit-table\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
    }

    private HttpClient Admin() => Factory.ClientFor("Ann Admin", "LA admin");

    private async Task RecordAsync()
    {
        await using var scope = await Factory.TenantScopeAsync();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        audit.Record(UsersEvents.SignInFailed, details: "first");
        audit.Record(UsersEvents.SignOut);
        await audit.RecordNowAsync(UsersEvents.SignInFailed, details: "second");
    }
}
