using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Perspective.Core.Tenants;
using Perspective.Tenants.Creation;

namespace Perspective.Tests.Modules.Tenants.Creation;

/// <summary>The in-memory tracker of tenant creations, with a scripted tenant manager and a fake clock.</summary>
public sealed class TenantCreationJobsTests : IDisposable
{
    private const string Pat = "pat-id";
    private static readonly NewTenant East = new("eastshire", "Eastshire Council", ["east.test"], null, "la-portal", null);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly Lifetime _lifetime = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task ACreationThatSucceeds_EndsSucceeded_AtItsLastStep()
    {
        var jobs = Jobs(async (_, progress, _) =>
        {
            progress.Report((1, 2, "features"));
            progress.Report((2, 2, "settings"));
            await Task.Yield();
            return [];
        });

        var id = jobs.Start(East, Pat)!;
        var job = await jobs.WaitUntilFinishedAsync(id, Pat);

        Assert.Equal((TenantCreationState.Succeeded, 2, 2, "settings"), (job.State, job.Step, job.Steps, job.StepName));
        Assert.Equal("eastshire", job.TenantName);
        Assert.Empty(job.Problems);
    }

    [Fact]
    public async Task ACreationWithProblems_EndsFailed_WithThoseProblems()
    {
        var jobs = Jobs((_, _, _) => Task.FromResult<IReadOnlyList<(string, string)>>([("", "Step 1 (features) failed")]));

        var id = jobs.Start(East, Pat)!;
        var job = await jobs.WaitUntilFinishedAsync(id, Pat);

        Assert.Equal(TenantCreationState.Failed, job.State);
        Assert.Equal(["Step 1 (features) failed"], job.Problems);
    }

    [Fact]
    public async Task ACreationThatThrows_EndsFailed_WithoutShowingTheExceptionsMessage()
    {
        var jobs = Jobs((_, _, _) => throw new InvalidOperationException("connection string secret"));

        var id = jobs.Start(East, Pat)!;
        var job = await jobs.WaitUntilFinishedAsync(id, Pat);

        Assert.Equal(TenantCreationState.Failed, job.State);
        Assert.Equal(["The tenant could not be created because of an unexpected error, which has been logged. Nothing was kept. Try again."], job.Problems);
    }

    [Fact]
    public async Task StoppingTheApplication_CancelsTheCreation_WhichEndsFailed_AndStoppingWaitsForIt()
    {
        var jobs = Jobs(async (_, _, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        });
        var id = jobs.Start(East, Pat)!;

        _lifetime.StopApplication();
        await jobs.StopAsync(CancellationToken.None);

        var job = jobs.Find(id, Pat)!;
        Assert.Equal(TenantCreationState.Failed, job.State);
        Assert.Equal(["The service stopped before the tenant was created. Nothing was kept. Create it again."], job.Problems);
    }

    [Fact]
    public async Task AJob_IsFoundOnlyByTheAdministratorWhoStartedIt()
    {
        var jobs = Jobs(Gated);

        var id = jobs.Start(East, Pat)!;

        Assert.NotNull(jobs.Find(id, Pat));
        Assert.Null(jobs.Find(id, "someone-else"));
        Assert.Null(jobs.Find(id, null));
        Assert.Null(jobs.Find("no-such-job", Pat));
        await FinishAsync(jobs, id);
    }

    [Fact]
    public async Task JobIds_AreLongAndRandom_NotCounted()
    {
        var jobs = Jobs((_, _, _) => Task.FromResult<IReadOnlyList<(string, string)>>([]));

        var first = jobs.Start(East, Pat)!;
        await jobs.WaitUntilFinishedAsync(first, Pat);
        var second = jobs.Start(East with { Name = "westshire" }, Pat)!;
        await jobs.WaitUntilFinishedAsync(second, Pat);

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.Matches("^[0-9a-f]{32}$", second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task StartingTheSameTenantAgain_WhileItRuns_GivesTheSameJob_ToItsAdministrator_AndNothingToAnother()
    {
        var starts = 0;
        var jobs = Jobs((request, progress, cancellationToken) =>
        {
            Interlocked.Increment(ref starts);
            return Gated(request, progress, cancellationToken);
        });

        var id = jobs.Start(East, Pat)!;
        var again = jobs.Start(East, Pat);
        var byAnother = jobs.Start(East with { Name = "EASTSHIRE" }, "someone-else");
        await FinishAsync(jobs, id);

        Assert.Equal(id, again);
        Assert.Null(byAnother);
        Assert.Equal(1, starts);
    }

    [Fact]
    public async Task ProgressReportsArrivingLate_NeverMoveAJobBackwards_OrChangeAFinishedOne()
    {
        IProgress<(int, int, string)>? reporter = null;
        var jobs = Jobs(async (request, progress, cancellationToken) =>
        {
            reporter = progress;
            progress.Report((2, 3, "settings"));
            progress.Report((1, 3, "features"));
            return await Gated(request, progress, cancellationToken);
        });

        var id = jobs.Start(East, Pat)!;
        await WaitForStepAsync(jobs, id);
        var running = jobs.Find(id, Pat)!;
        await FinishAsync(jobs, id);
        reporter!.Report((3, 3, "late"));

        Assert.Equal((2, "settings"), (running.Step, running.StepName));
        Assert.Equal((2, "settings"), (jobs.Find(id, Pat)!.Step, jobs.Find(id, Pat)!.StepName));
    }

    [Fact]
    public async Task AFinishedJob_IsForgotten_OnceItIsMoreThanAnHourOld()
    {
        var jobs = Jobs((_, _, _) => Task.FromResult<IReadOnlyList<(string, string)>>([]));
        var id = jobs.Start(East, Pat)!;
        await jobs.WaitUntilFinishedAsync(id, Pat);

        _time.Advance(TimeSpan.FromMinutes(59));
        var withinTheHour = jobs.Find(id, Pat);
        _time.Advance(TimeSpan.FromMinutes(2));
        var afterIt = jobs.Find(id, Pat);

        Assert.NotNull(withinTheHour);
        Assert.Null(afterIt);
    }

    [Fact]
    public async Task AJobStillRunning_IsNotForgotten_HoweverOld_UntilItFinishes()
    {
        var jobs = Jobs(Gated);
        var id = jobs.Start(East, Pat)!;

        _time.Advance(TimeSpan.FromHours(3));
        var found = jobs.Find(id, Pat);
        _gate.SetResult();
        await jobs.StopAsync(CancellationToken.None);
        var onceFinished = jobs.Find(id, Pat);

        Assert.NotNull(found);
        Assert.Null(onceFinished);
    }

    public void Dispose() => _lifetime.Dispose();

    private TenantCreationJobs Jobs(
        Func<NewTenant, IProgress<(int Step, int Steps, string Name)>, CancellationToken, Task<IReadOnlyList<(string Field, string Message)>>> create) =>
        new(new ScriptedTenantManager(create), _lifetime, _time, NullLogger<TenantCreationJobs>.Instance);

    /// <summary>A creation that waits until the test opens the gate, then succeeds.</summary>
    private async Task<IReadOnlyList<(string Field, string Message)>> Gated(NewTenant request, IProgress<(int Step, int Steps, string Name)> progress, CancellationToken cancellationToken)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return [];
    }

    private async Task FinishAsync(TenantCreationJobs jobs, string id)
    {
        _gate.TrySetResult();
        Assert.Equal(TenantCreationState.Succeeded, (await jobs.WaitUntilFinishedAsync(id, Pat)).State);
    }

    private static async Task WaitForStepAsync(TenantCreationJobs jobs, string id)
    {
        using var timeout = new CancellationTokenSource(TenantCreationPolling.Patience);
        while (jobs.Find(id, Pat) is { Step: 0 })
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }
}
