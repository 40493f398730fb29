using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Perspective.Tenants.Creation;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Modules.Tenants.Creation;

/// <summary>
/// Tenant creations kept in the default tenant's database and run as a job, with a scripted tenant
/// manager and a fake clock; on SQLite and on PostgreSQL.
/// </summary>
public abstract class TenantCreationsTests : IAsyncLifetime
{
    private const string Pat = "pat-id";
    private static readonly NewTenant East = new("eastshire", "Eastshire Council", ["east.test"], null, "la-portal", null);

    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ScriptedCreationsFactory? _host;

    [Fact]
    public async Task ACreationThatSucceeds_EndsSucceeded_AtItsLastStep()
    {
        var host = Host(async (_, progress, _) =>
        {
            progress.Report((1, 2, "features"));
            progress.Report((2, 2, "settings"));
            await Task.Yield();
            return [];
        });

        var id = (await StartAsync(host, East, Pat))!;
        var creation = await host.WaitUntilFinishedAsync(id, Pat);

        Assert.Equal((TenantCreationState.Succeeded, 2, 2, "settings"), (creation.State, creation.Step, creation.Steps, creation.StepName));
        Assert.Equal("eastshire", creation.TenantName);
        Assert.Empty(creation.Problems);
        Assert.Equal(host.Now, creation.FinishedUtc);
    }

    [Fact]
    public async Task ACreationWithProblems_EndsFailed_WithThoseProblems()
    {
        var host = Host((_, _, _) => Task.FromResult<IReadOnlyList<(string, string)>>([("", "Step 1 (features) failed"), ("", "Step 2 (roles) failed")]));

        var id = (await StartAsync(host, East, Pat))!;
        var creation = await host.WaitUntilFinishedAsync(id, Pat);

        Assert.Equal(TenantCreationState.Failed, creation.State);
        Assert.Equal(["Step 1 (features) failed", "Step 2 (roles) failed"], creation.Problems);
    }

    [Fact]
    public async Task ACreationThatThrows_EndsFailed_WithoutShowingTheExceptionsMessage()
    {
        var host = Host((_, _, _) => throw new InvalidOperationException("connection string secret"));

        var id = (await StartAsync(host, East, Pat))!;
        var creation = await host.WaitUntilFinishedAsync(id, Pat);

        Assert.Equal(TenantCreationState.Failed, creation.State);
        Assert.Equal(["The tenant could not be created because of an unexpected error, which has been logged. Nothing was kept. Try again."], creation.Problems);
    }

    [Fact]
    public async Task ACreation_CarriesTheRequest_ToTheManager_ThroughTheDatabase()
    {
        NewTenant? received = null;
        var host = Host((request, _, _) =>
        {
            received = request;
            return Task.FromResult<IReadOnlyList<(string, string)>>([]);
        });
        var asked = new NewTenant("westshire", "Westshire Council", ["west.test", "www.west.test"], null, "la-portal", "admin@west.test");

        var id = (await StartAsync(host, asked, Pat))!;
        await host.WaitUntilFinishedAsync(id, Pat);

        Assert.Equal(
            (asked.Name, asked.DisplayName, asked.UrlPrefix, asked.RecipeName, asked.AdminEmail),
            (received!.Name, received.DisplayName, received.UrlPrefix, received.RecipeName, received.AdminEmail));
        Assert.Equal(asked.HostNames, received.HostNames);
    }

    [Fact]
    public async Task ACreation_IsFoundOnlyByTheAdministratorWhoStartedIt()
    {
        var host = Host(Gated);

        var id = (await StartAsync(host, East, Pat))!;

        Assert.NotNull(await host.WithCreationsAsync(c => c.FindAsync(id, Pat)));
        Assert.Null(await host.WithCreationsAsync(c => c.FindAsync(id, "someone-else")));
        Assert.Null(await host.WithCreationsAsync(c => c.FindAsync(id, null)));
        Assert.Null(await host.WithCreationsAsync(c => c.FindAsync("no-such-job", Pat)));
        await FinishAsync(host, id);
    }

    [Fact]
    public async Task CreationIds_AreLongAndRandom_NotCounted()
    {
        var host = Host((_, _, _) => Task.FromResult<IReadOnlyList<(string, string)>>([]));

        var first = (await StartAsync(host, East, Pat))!;
        await host.WaitUntilFinishedAsync(first, Pat);
        var second = (await StartAsync(host, East with { Name = "westshire" }, Pat))!;
        await host.WaitUntilFinishedAsync(second, Pat);

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.Matches("^[0-9a-f]{32}$", second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task StartingTheSameTenantAgain_WhileItRuns_GivesTheSameCreation_ToItsAdministrator_AndNothingToAnother()
    {
        var starts = 0;
        var host = Host((request, progress, cancellationToken) =>
        {
            Interlocked.Increment(ref starts);
            return Gated(request, progress, cancellationToken);
        });

        var id = (await StartAsync(host, East, Pat))!;
        var again = await StartAsync(host, East, Pat);
        var byAnother = await StartAsync(host, East with { Name = "EASTSHIRE" }, "someone-else");
        await FinishAsync(host, id);

        Assert.Equal(id, again);
        Assert.Null(byAnother);
        Assert.Equal(1, starts);
        Assert.Equal(1, await host.QueryAsync(db => db.Set<TenantCreation>().CountAsync()));
    }

    [Fact]
    public async Task TheDatabase_RefusesASecondRunningCreationOfTheSameTenant()
    {
        var host = Host(Gated);
        var id = (await StartAsync(host, East, Pat))!;

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => host.QueryAsync(async db =>
        {
            db.Add(TenantCreation.For("0123456789abcdef0123456789abcdef", East, "someone-else", host.Now));
            return await db.SaveChangesAsync();
        }));

        Assert.NotNull(refused);
        await FinishAsync(host, id);
        // Once the first has finished, the name is free for another creation (a failed one is tried again so).
        Assert.Equal(1, await host.QueryAsync(async db =>
        {
            db.Add(TenantCreation.For("0123456789abcdef0123456789abcdef", East, "someone-else", host.Now));
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task ProgressReportsArrivingLate_NeverMoveACreationBackwards_OrChangeAFinishedOne()
    {
        IProgress<(int, int, string)>? reporter = null;
        var host = Host(async (request, progress, cancellationToken) =>
        {
            reporter = progress;
            progress.Report((2, 3, "settings"));
            progress.Report((1, 3, "features"));
            return await Gated(request, progress, cancellationToken);
        });

        var id = (await StartAsync(host, East, Pat))!;
        await Poll.UntilAsync(() => host.WithCreationsAsync(c => c.FindAsync(id, Pat)), c => c is { Step: > 0 }, TenantCreationPolling.Patience, _ => "No step was recorded.");
        await ((CreationProgress)reporter!).WrittenAsync();
        var running = await host.WithCreationsAsync(c => c.FindAsync(id, Pat));
        await FinishAsync(host, id);
        reporter.Report((3, 3, "late"));
        await ((CreationProgress)reporter).WrittenAsync();
        var finished = await host.WithCreationsAsync(c => c.FindAsync(id, Pat));

        Assert.Equal((2, "settings"), (running!.Step, running.StepName));
        Assert.Equal((TenantCreationState.Succeeded, 2, "settings"), (finished!.State, finished.Step, finished.StepName));
    }

    [Fact]
    public async Task AFinishedCreation_IsForgotten_OnceItIsMoreThanAnHourOld()
    {
        var host = Host((_, _, _) => Task.FromResult<IReadOnlyList<(string, string)>>([]));
        var id = (await StartAsync(host, East, Pat))!;
        await host.WaitUntilFinishedAsync(id, Pat);

        host.Clock.Advance(TimeSpan.FromMinutes(59));
        var withinTheHour = await host.WithCreationsAsync(c => c.FindAsync(id, Pat));
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterIt = await host.WithCreationsAsync(c => c.FindAsync(id, Pat));
        await StartAsync(host, East with { Name = "westshire" }, Pat);
        var rows = await host.QueryAsync(db => db.Set<TenantCreation>().Select(c => c.Id).ToListAsync());

        Assert.NotNull(withinTheHour);
        Assert.Null(afterIt);
        // Starting another creation clears forgotten ones out of the table.
        Assert.DoesNotContain(id, rows);
    }

    [Fact]
    public async Task ACreationStillRunning_IsNotForgotten_HoweverOld_UntilItFinishes()
    {
        var host = Host(Gated);
        var id = (await StartAsync(host, East, Pat))!;

        host.Clock.Advance(TimeSpan.FromHours(3));
        var found = await host.WithCreationsAsync(c => c.FindAsync(id, Pat));
        _gate.SetResult();
        await Poll.UntilAsync(
            () => host.QueryAsync(db => db.Set<TenantCreation>().AsNoTracking().SingleAsync(c => c.Id == id)),
            c => c.State != TenantCreationState.Running, TenantCreationPolling.Patience, _ => "The creation did not finish.");
        var onceFinished = await host.WithCreationsAsync(c => c.FindAsync(id, Pat));

        Assert.NotNull(found);
        Assert.Null(onceFinished);
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        _gate.TrySetResult();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Where the host keeps its default tenant's database: SQLite (null) or a PostgreSQL connection string.</summary>
    protected abstract string? Postgres { get; }

    private ScriptedCreationsFactory Host(Func<NewTenant, IProgress<(int Step, int Steps, string Name)>, CancellationToken, Task<IReadOnlyList<(string Field, string Message)>>> create)
    {
        _host = new ScriptedCreationsFactory(create);
        if (Postgres is { } connectionString)
        {
            _host.With("Database:Provider", "Postgres").With("Database:ConnectionString", connectionString);
        }

        _host.With("Perspective:Jobs:IdleWait", "00:00:01").With("Perspective:Email:SenderEnabled", "false");
        return _host;
    }

    private static Task<string?> StartAsync(PerspectiveFactory host, NewTenant request, string ownerId) =>
        host.WithCreationsAsync(c => c.StartAsync(request, ownerId));

    /// <summary>A creation that waits until the test opens the gate, then succeeds.</summary>
    private async Task<IReadOnlyList<(string Field, string Message)>> Gated(NewTenant request, IProgress<(int Step, int Steps, string Name)> progress, CancellationToken cancellationToken)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return [];
    }

    private async Task FinishAsync(PerspectiveFactory host, string id)
    {
        _gate.TrySetResult();
        Assert.Equal(TenantCreationState.Succeeded, (await host.WaitUntilFinishedAsync(id, Pat)).State);
    }

    /// <summary>The real host on a fake clock, whose tenant manager's creations do what the test says.</summary>
    private sealed class ScriptedCreationsFactory(
        Func<NewTenant, IProgress<(int Step, int Steps, string Name)>, CancellationToken, Task<IReadOnlyList<(string Field, string Message)>>> create) : ClockFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ITenantManager>(provider =>
                new ScriptedTenantManager(create, ActivatorUtilities.CreateInstance<TenantManager>(provider))));
        }
    }
}

public sealed class TenantCreationsOnSqliteTests : TenantCreationsTests
{
    protected override string? Postgres => null;
}

/// <summary>A fresh database for each test.</summary>
public sealed class TenantCreationsOnPostgresTests : TenantCreationsTests
{
    private readonly PostgresDatabase _database = new();

    protected override string? Postgres => _database.ConnectionString;

    public override Task InitializeAsync() => _database.InitializeAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
