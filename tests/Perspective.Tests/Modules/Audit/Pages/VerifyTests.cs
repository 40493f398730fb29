using System.Net;
using Perspective.Tests.Core.Audit;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Audit.Pages;

public sealed class SqliteVerifyTests() : VerifyTests(postgres: false);

public sealed class PostgresVerifyTests() : VerifyTests(postgres: true);

/// <summary>The admin page that checks the audit trail's chain and names the first broken link.</summary>
public abstract class VerifyTests(bool postgres) : HostOnEitherDatabase<PerspectiveFactory>(postgres, new PerspectiveFactory())
{
    private const string PagePath = "/admin/audit/verify";

    [Fact]
    public async Task Check_AnUntouchedTrail_SaysIntact()
    {
        await AuditEvents.AddAsync(Factory, ("test.one", null, null), ("test.two", null, null));

        var response = await Factory.ClientFor("Ann Admin", "LA admin").SubmitAsync(PagePath, new Dictionary<string, string>());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"audit-intact\"", html, StringComparison.Ordinal);
        Assert.Contains("Audit trail intact:", html, StringComparison.Ordinal);
        Assert.Contains("audit.verified", await Factory.AuditActionsAsync());
    }

    [Fact]
    public async Task Check_ATrailWithADeletedEvent_NamesTheFirstBrokenLink()
    {
        var sequences = await AuditTampering.RecordAsync(Factory, 3);
        await AuditTampering.ExecuteAsync(Factory, $"""DELETE FROM "AuditEvents" WHERE "Sequence" = {sequences[1]};""");

        var response = await Factory.ClientFor("Ann Admin", "LA admin").SubmitAsync(PagePath, new Dictionary<string, string>());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"audit-broken\"", html, StringComparison.Ordinal);
        Assert.Contains($"Audit trail broken at event {sequences[1]}:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithoutThePermission_IsForbidden()
    {
        var response = await Factory.ClientFor("Hana Head", "Headteacher").GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
