using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Security;

/// <summary>Refusals the host answers itself (403, 429) are audited, and a flood of them records no more than the limit a minute.</summary>
public sealed class RefusalAuditTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Forbidden = "security.forbidden";

    [Fact]
    public async Task AForbiddenAdminPage_IsAudited_WithThePage()
    {
        using var factory = new ClockFactory();
        var head = factory.ClientForOrganisation("hetty", "school-100001", BuiltInRoles.Headteacher);

        var response = await head.GetAsync("/admin/roles");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var recorded = Assert.Single(await EventsAsync(factory, Forbidden));
        Assert.Equal(("hetty", "page", "/admin/roles"), (recorded.UserId, recorded.ObjectType, recorded.ObjectId));
    }

    [Fact]
    public async Task ARateLimitedRequest_IsAudited()
    {
        using var factory = new ClockFactory();
        factory.With("Perspective:Security:SignInAttemptsPerMinute", "1");
        var client = factory.CreateClient();
        var fields = new Dictionary<string, string> { ["Email"] = "nobody@example.test", ["Password"] = "wrong password here" };

        await client.SubmitAsync("/sign-in", fields);
        var limited = await client.SubmitAsync("/sign-in", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("/sign-in", Assert.Single(await EventsAsync(factory, "security.rate-limited")).ObjectId);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task AFloodOf500Refusals_RecordsTheLimitAndOneSuppression_ThenRecordsAgainAMinuteLater(string provider)
    {
        using var factory = new ClockFactory();
        if (provider == "Postgres")
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        }

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

    private static Task<List<Perspective.Core.Audit.AuditEvent>> EventsAsync(PerspectiveFactory factory, string action) =>
        factory.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action == action).ToListAsync());
}
