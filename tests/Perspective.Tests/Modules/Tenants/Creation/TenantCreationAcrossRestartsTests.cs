using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Tenants.Pages.Tenants.Create;
using Quartz;

namespace Perspective.Tests.Modules.Tenants.Creation;

/// <summary>
/// Issue 11's "done when": a tenant's creation started on one node, which stops part way, is
/// finished by a node started afterwards over the same database, and its progress page shows it on
/// yet another node throughout.
/// </summary>
public abstract class TenantCreationAcrossRestartsTests : IAsyncLifetime
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task ACreationCutShortOnOneNode_IsFinishedAfterARestart_AndItsProgressShowsOnAnotherNode()
    {
        using var first = new CreationNodeFactory(Postgres, holdsAfterDatabase: true);
        var confirmed = await first.PlatformAdmin().CreateThroughThePagesAsync(CreateTenantTests.GoodAnswers());
        var progressPath = confirmed.Headers.Location!.OriginalString;
        await first.Held.Task.WaitAsync(TenantCreationPolling.Patience);
        // The first node dies with the creation part way: its tenant recorded, its database made, no recipe run.
        await (await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Shutdown(waitForJobsToComplete: false);

        using var viewer = new CreationNodeFactory(Postgres, first.DataPath, runsJobs: false);
        var onViewer = viewer.PlatformAdmin();
        var whileStopped = await onViewer.StatusAsync(progressPath);
        var page = await (await onViewer.GetAsync(progressPath)).HtmlAsync();
        var recorded = await viewer.FindTenantAsync("eastshire");

        using var restarted = new CreationNodeFactory(Postgres, first.DataPath);
        _ = restarted.Services;
        var finished = await onViewer.WaitForCreationAsync(progressPath, Recovery);
        var withoutJavaScript = await onViewer.GetAsync(progressPath);
        var site = await restarted.ClientOn("east.test").GetAsync("/sign-in");
        var tenant = await restarted.FindTenantAsync("eastshire");
        var createdEvents = await restarted.QueryAsync(db => db.Events.CountAsync(e => e.Name == "tenants.created"), "eastshire");
        var invited = await restarted.QueryAsync(db => db.Users.CountAsync(u => u.Email == "admin@east.test"), "eastshire");

        Assert.Equal("Running", whileStopped.GetProperty("state").GetString());
        Assert.Contains("<h1 class=\"govuk-heading-l\">Creating eastshire</h1>", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"creation-status\">Creating the tenant's database</p>", page, StringComparison.Ordinal);
        Assert.Equal(TenantState.Uninitialized, recorded?.State);
        Assert.Equal("Succeeded", finished.GetProperty("state").GetString());
        Assert.Equal("/admin/tenants/eastshire", finished.GetProperty("redirect").GetString());
        Assert.True(finished.GetProperty("steps").GetInt32() > 0);
        Assert.Equal(finished.GetProperty("steps").GetInt32(), finished.GetProperty("step").GetInt32());
        Assert.Equal(HttpStatusCode.Redirect, withoutJavaScript.StatusCode);
        Assert.Equal("/admin/tenants/eastshire", withoutJavaScript.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, site.StatusCode);
        Assert.Contains("Eastshire Council", await site.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(TenantState.Running, tenant?.State);
        // The steps that had happened on the first node were not done twice, and the rest were done once.
        Assert.Equal((1, 1), (createdEvents, invited));
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The default tenant's PostgreSQL database, or null for SQLite files in a shared data folder.</summary>
    protected abstract string? Postgres { get; }
}

public sealed class TenantCreationAcrossRestartsOnSqliteTests : TenantCreationAcrossRestartsTests
{
    protected override string? Postgres => null;
}

/// <summary>Three nodes over one PostgreSQL database: the restarted one recovers the dead one's job once it misses its check-in.</summary>
public sealed class TenantCreationAcrossRestartsOnPostgresTests : TenantCreationAcrossRestartsTests
{
    private readonly PostgresDatabase _database = new();

    protected override string? Postgres => _database.ConnectionString;

    public override Task InitializeAsync() => _database.InitializeAsync();

    public override async Task DisposeAsync()
    {
        await CreationNodeFactory.DropTenantDatabaseAsync(_database.ConnectionString, "eastshire");
        await _database.DisposeAsync();
    }
}
