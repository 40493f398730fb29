using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Tenants.Creation;

namespace Perspective.Tests.Web.Tenancy;

/// <summary>
/// The tenant manager's creation run again (as the creation job is after a restart): each step
/// looks first whether it has already happened. On SQLite and on PostgreSQL.
/// </summary>
public abstract class TenantCreationCarryOnTests : IAsyncLifetime
{
    private static readonly NewTenant West = new("west", "Westshire Council", ["west.test"], null, "la-portal", "admin@west.test");

    private CreationNodeFactory? _host;

    [Fact]
    public async Task ACreationCutShortJustBeforeItFinished_IsFinishedByRunningItAgain_WithoutDoingAnyStepTwice()
    {
        var host = Host();
        Assert.Empty(await Manager(host).CreateAsync(West, carryOn: false));
        await MarkUnfinishedAsync(host);

        var problems = await Manager(host).CreateAsync(West, carryOn: true);

        Assert.Empty(problems);
        Assert.Equal(TenantState.Running, (await Catalog(host).FindAsync("west"))?.State);
        Assert.Equal(1, await host.QueryAsync(db => db.Events.CountAsync(e => e.Name == "tenants.created"), "west"));
        Assert.Equal(1, await host.QueryAsync(db => db.Users.CountAsync(u => u.Email == "admin@west.test"), "west"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await host.ClientOn("west.test").GetAsync("/sign-in")).StatusCode);
    }

    [Fact]
    public async Task ACreationCutShortAfterItsDatabaseWasMade_IsFinishedByRunningItAgain()
    {
        var host = Host();
        await Catalog(host).SaveAsync(new Tenant { Name = "west", DisplayName = "Westshire Council", HostNames = ["west.test"], SetupRecipe = "la-portal", AdminEmail = "admin@west.test", CreatedUtc = ClockFactory.Start });
        await host.Services.GetRequiredService<ITenantDatabases>().CreateAndMigrateAsync("west");

        var problems = await Manager(host).CreateAsync(West, carryOn: true);

        Assert.Empty(problems);
        Assert.Equal(TenantState.Running, (await Catalog(host).FindAsync("west"))?.State);
        Assert.Equal(1, await host.QueryAsync(db => db.Events.CountAsync(e => e.Name == "tenants.created"), "west"));
        Assert.Equal(1, await host.QueryAsync(db => db.Users.CountAsync(u => u.Email == "admin@west.test"), "west"));
    }

    [Fact]
    public async Task WithoutCarryingOn_ATenantStillBeingSetUp_IsRefused_AndLeftAsItWas()
    {
        var host = Host();
        Assert.Empty(await Manager(host).CreateAsync(West, carryOn: false));
        await MarkUnfinishedAsync(host);

        var problems = await Manager(host).CreateAsync(West, carryOn: false);

        Assert.Equal([("Name", "There is already a tenant called 'west'"), ("HostNames", "Host name 'west.test' is already used by another tenant")], problems);
        Assert.Equal(TenantState.Uninitialized, (await Catalog(host).FindAsync("west"))?.State);
        Assert.Equal(1, await host.QueryAsync(db => db.Users.CountAsync(u => u.Email == "admin@west.test"), "west"));
    }

    [Fact]
    public async Task CarryingOn_NeverTakesOverATenantThatIsRunning_AndRemovesNothing()
    {
        var host = Host();
        Assert.Empty(await Manager(host).CreateAsync(West, carryOn: false));

        var problems = await Manager(host).CreateAsync(West with { DisplayName = "Someone else's" }, carryOn: true);

        Assert.Equal([("Name", "There is already a tenant called 'west'"), ("HostNames", "Host name 'west.test' is already used by another tenant")], problems);
        Assert.Equal(("Westshire Council", TenantState.Running), ((await Catalog(host).FindAsync("west"))?.DisplayName, (await Catalog(host).FindAsync("west"))?.State));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await host.ClientOn("west.test").GetAsync("/sign-in")).StatusCode);
    }

    [Fact]
    public async Task ACreationThatMayCarryOn_StoppedPartWay_KeepsWhatItMade_ForTheNextRunToFinish()
    {
        var host = Host(heldUntilCancelled: true);
        using var stopping = new CancellationTokenSource();

        var creating = Manager(host).CreateAsync(West, carryOn: true, cancellationToken: stopping.Token);
        await host.Held.Task.WaitAsync(TenantCreationPolling.Patience);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => creating);
        Assert.Equal(TenantState.Uninitialized, (await Catalog(host).FindAsync("west"))?.State);
        Assert.NotEmpty(await host.QueryAsync(db => db.Database.GetAppliedMigrationsAsync(), "west"));
    }

    [Fact]
    public async Task ACreationThatMayNotCarryOn_StoppedPartWay_KeepsNothing_SoTheNameCanBeUsedAgain()
    {
        var host = Host(heldUntilCancelled: true);
        using var stopping = new CancellationTokenSource();

        var creating = Manager(host).CreateAsync(West, carryOn: false, cancellationToken: stopping.Token);
        await host.Held.Task.WaitAsync(TenantCreationPolling.Patience);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => creating);
        Assert.Null(await Catalog(host).FindAsync("west"));
        Assert.Empty(await Manager(host).CheckAsync(West));
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        _host?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The default tenant's PostgreSQL database, or null for SQLite.</summary>
    protected abstract string? Postgres { get; }

    private CreationNodeFactory Host(bool heldUntilCancelled = false) => _host = new CreationNodeFactory(Postgres, heldUntilCancelled: heldUntilCancelled);

    private static ITenantManager Manager(CreationNodeFactory host) => host.Services.GetRequiredService<ITenantManager>();

    private static ITenantCatalog Catalog(CreationNodeFactory host) => host.Services.GetRequiredService<ITenantCatalog>();

    /// <summary>Puts the tenant's record back to "being set up", as a node that died before marking it Running leaves it.</summary>
    private static async Task MarkUnfinishedAsync(CreationNodeFactory host)
    {
        var tenant = (await Catalog(host).FindAsync("west"))!;
        tenant.State = TenantState.Uninitialized;
        await Catalog(host).SaveAsync(tenant);
    }
}

public sealed class TenantCreationCarryOnOnSqliteTests : TenantCreationCarryOnTests
{
    protected override string? Postgres => null;
}

/// <summary>A fresh database for each test.</summary>
public sealed class TenantCreationCarryOnOnPostgresTests : TenantCreationCarryOnTests
{
    private readonly PostgresDatabase _database = new();

    protected override string? Postgres => _database.ConnectionString;

    public override Task InitializeAsync() => _database.InitializeAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await CreationNodeFactory.DropTenantDatabaseAsync(_database.ConnectionString, "west");
        await _database.DisposeAsync();
    }
}
