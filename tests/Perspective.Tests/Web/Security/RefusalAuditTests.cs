using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Security;

public sealed class SqliteRefusalAuditTests() : RefusalAuditTests(postgres: false);

public sealed class PostgresRefusalAuditTests() : RefusalAuditTests(postgres: true);

/// <summary>Refusals the host answers itself (403, 429) are audited, and a flood of them records no more than the limit a minute.</summary>
public abstract class RefusalAuditTests(bool postgres) : IAsyncLifetime
{
    private const string Forbidden = "security.forbidden";
    private readonly TestDatabase _database = new(postgres);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AForbiddenAdminPage_IsAudited_WithThePage()
    {
        using var factory = _database.Use(new ClockFactory());
        var head = factory.ClientForOrganisation("hetty", "school-100001", BuiltInRoles.Headteacher);

        var response = await head.GetAsync("/admin/roles");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var recorded = Assert.Single(await EventsAsync(factory, Forbidden));
        Assert.Equal(("hetty", "page", "/admin/roles"), (recorded.UserId, recorded.ObjectType, recorded.ObjectId));
    }

    [Fact]
    public async Task ARateLimitedRequest_IsAudited()
    {
        using var factory = _database.Use(new ClockFactory());
        factory.With("Perspective:Security:SignInAttemptsPerMinute", "1");
        var client = factory.CreateClient();
        var fields = new Dictionary<string, string> { ["Email"] = "nobody@example.test", ["Password"] = "wrong password here" };

        await client.SubmitAsync("/sign-in", fields);
        var limited = await client.SubmitAsync("/sign-in", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("/sign-in", Assert.Single(await EventsAsync(factory, "security.rate-limited")).ObjectId);
    }

    [Fact]
    public async Task AFloodOf500Refusals_RecordsTheLimitAndOneSuppression_ThenRecordsAgainAMinuteLater()
    {
        using var factory = _database.Use(new ClockFactory());
        var head = factory.ClientForOrganisation("hetty", "school-100001", BuiltInRoles.Headteacher);

        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/admin/roles")).StatusCode);
        }

        var afterFlood = (await EventsAsync(factory, Forbidden)).Count;
        var suppressed = Assert.Single(await EventsAsync(factory, "audit.refusals-suppressed"));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await head.GetAsync("/admin/roles");

        Assert.Equal(20, afterFlood);
        Assert.Contains(Forbidden, suppressed.Details, StringComparison.Ordinal);
        Assert.Equal(21, (await EventsAsync(factory, Forbidden)).Count);
    }

    /// <summary>The audit events of one kind, in a factory's default tenant.</summary>
    internal static Task<List<Perspective.Core.Audit.AuditEvent>> EventsAsync(PerspectiveFactory factory, string action) =>
        factory.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action == action).ToListAsync());
}
