using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web;

public sealed class HealthTests
{
    [Fact]
    public async Task Ready_WithTheDatabaseReachable_Answers200()
    {
        using var factory = new PerspectiveFactory();

        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_WithTheDatabaseUnreachable_Answers503_WhileLiveStillAnswers200()
    {
        // A PostgreSQL address where nothing listens: the app starts (no migration, no setup) but is not ready.
        using var factory = new PerspectiveFactory { StartSetUp = false }
            .With("Database:Provider", "Postgres")
            .With("Database:ConnectionString", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2")
            .With("Database:MigrateOnStartup", "false");
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
