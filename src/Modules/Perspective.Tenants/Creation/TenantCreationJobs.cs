using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Perspective.Core.Tenants;

namespace Perspective.Tenants.Creation;

/// <summary>
/// Tenant creations running in the background, so that the page which starts one can answer at
/// once and another page can show how far it has got. Held in this node's memory only: each job is
/// known by a random id, seen only by the administrator who started it, and forgotten once it has
/// finished and is more than an hour old. A creation stops when the application does; waiting for
/// it on the way out lets the tenant manager remove what it had half made.
/// </summary>
public sealed class TenantCreationJobs(
    ITenantManager manager, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<TenantCreationJobs> logger) : IHostedService
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _jobs = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts creating the tenant and returns the job's id. When the same administrator is already
    /// creating a tenant of that name (a second click), returns that job instead; when another one
    /// is, returns null and starts nothing.
    /// </summary>
    public string? Start(NewTenant request, string ownerId)
    {
        lock (_gate)
        {
            ForgetOld();
            var running = _jobs.Values.FirstOrDefault(e =>
                e.Job.State == TenantCreationState.Running && string.Equals(e.Job.TenantName, request.Name, StringComparison.OrdinalIgnoreCase));
            if (running is not null)
            {
                return running.Job.OwnerId == ownerId ? running.Job.Id : null;
            }

            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var entry = new Entry(new TenantCreationJob(id, request.Name, ownerId, time.GetUtcNow()));
            _jobs[id] = entry;
            // Not the request's work: it goes on after the response, and stops only with the application.
            entry.Work = Task.Run(() => RunAsync(id, request), CancellationToken.None);
            return id;
        }
    }

    /// <summary>The job, if it exists and <paramref name="ownerId"/> started it; otherwise null.</summary>
    public TenantCreationJob? Find(string id, string? ownerId)
    {
        lock (_gate)
        {
            ForgetOld();
            return _jobs.TryGetValue(id, out var entry) && ownerId is not null && entry.Job.OwnerId == ownerId ? entry.Job : null;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits (as long as the host allows) for creations, cancelled by the application stopping, to clean up.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            running = _jobs.Values.Where(e => e.Job.State == TenantCreationState.Running).Select(e => e.Work).ToArray();
        }

        try
        {
            await Task.WhenAll(running).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Stopped without waiting for {Count} tenant creation(s) to finish.", running.Length);
        }
    }

    private async Task RunAsync(string id, NewTenant request)
    {
        var stopping = lifetime.ApplicationStopping;
        List<string> problems;
        try
        {
            problems = (await manager.CreateAsync(request, new StepProgress(this, id), stopping)).Select(p => p.Message).ToList();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            problems = ["The service stopped before the tenant was created. Nothing was kept. Create it again."];
        }
        catch (Exception exception)
        {
            // Whatever went wrong, the job must end Failed and say so, never stay Running.
            logger.LogError(exception, "Creating tenant {Tenant} failed.", request.Name);
            problems = ["The tenant could not be created because of an unexpected error, which has been logged. Nothing was kept. Try again."];
        }

        Update(id, job => job with
        {
            State = problems.Count == 0 ? TenantCreationState.Succeeded : TenantCreationState.Failed,
            Problems = problems,
        });
    }

    private void Update(string id, Func<TenantCreationJob, TenantCreationJob> change)
    {
        lock (_gate)
        {
            if (_jobs.TryGetValue(id, out var entry))
            {
                entry.Job = change(entry.Job);
            }
        }
    }

    private void ForgetOld()
    {
        var before = time.GetUtcNow() - KeptFor;
        foreach (var (id, _) in _jobs.Where(e => e.Value.Job.State != TenantCreationState.Running && e.Value.Job.StartedUtc < before).ToList())
        {
            _jobs.Remove(id);
        }
    }

    private sealed class Entry(TenantCreationJob job)
    {
        public TenantCreationJob Job { get; set; } = job;

        public Task Work { get; set; } = Task.CompletedTask;
    }

    /// <summary>
    /// Records each recipe step as it starts. Reports may arrive late and out of order (the manager
    /// passes them through <see cref="Progress{T}"/>, which posts to the thread pool), so a report
    /// never moves a job backwards or changes one that has finished.
    /// </summary>
    private sealed class StepProgress(TenantCreationJobs jobs, string id) : IProgress<(int Step, int Steps, string Name)>
    {
        public void Report((int Step, int Steps, string Name) value) =>
            jobs.Update(id, job => job.State == TenantCreationState.Running && value.Step >= job.Step
                ? job with { Step = value.Step, Steps = value.Steps, StepName = value.Name }
                : job);
    }
}
