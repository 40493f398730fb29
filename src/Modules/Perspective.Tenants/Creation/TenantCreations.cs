using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Perspective.Core.Data;
using Perspective.Core.Jobs;
using Perspective.Core.Tenants;

namespace Perspective.Tenants.Creation;

/// <summary>
/// Tenant creations, kept in the default tenant's database (<see cref="TenantCreation"/>) and
/// carried out by <see cref="CreateTenantJob"/> on whichever node Quartz gives it to, so the page that
/// starts one answers at once and the progress page shows the same on every node, before and after a
/// restart. Used in a scope of the default tenant: its pages' requests, or the job.
/// </summary>
public sealed partial class TenantCreations(TenantDbContext db, IJobScheduler jobs, TimeProvider time, ILogger<TenantCreations> logger)
{
    /// <summary>What the platform administrator reads when the work itself threw: the exception is only logged.</summary>
    public const string UnexpectedError = "The tenant could not be created because of an unexpected error, which has been logged. Nothing was kept. Try again.";

    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    /// <summary>
    /// Records the creation and enqueues its job; returns its id. When a creation of that tenant is
    /// already running, returns its id if <paramref name="ownerId"/> started it (a second click) and
    /// null if someone else did: the database allows one running creation per name, however many
    /// nodes or administrators ask at once.
    /// </summary>
    public async Task<string?> StartAsync(NewTenant request, string ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await ForgetOldAsync(cancellationToken);
        if (await FindRunningAsync(request.Name, cancellationToken) is { } running)
        {
            return running.OwnerId == ownerId ? running.Id : null;
        }

        var creation = TenantCreation.For(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), request, ownerId, time.GetUtcNow().UtcDateTime);
        db.Add(creation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request recorded a running creation of this name first (the unique index refused ours).
            db.Entry(creation).State = EntityState.Detached;
            return (await FindRunningAsync(request.Name, cancellationToken)) is { } first && first.OwnerId == ownerId ? first.Id : null;
        }

        try
        {
            await jobs.EnqueueAsync<CreateTenantJob>(Tenant.DefaultName, new Dictionary<string, string> { [CreateTenantJob.CreationKey] = creation.Id }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing was made yet; the progress page says so rather than waiting for a job that does not exist.
            LogNotEnqueued(logger, exception, request.Name);
            await FinishAsync(creation.Id, [UnexpectedError], CancellationToken.None);
        }

        return creation.Id;
    }

    /// <summary>
    /// The creation, if it exists and <paramref name="ownerId"/> started it; otherwise null. A
    /// finished creation is forgotten once it was started more than an hour ago; a running one is kept.
    /// </summary>
    public async Task<TenantCreation?> FindAsync(string id, string? ownerId, CancellationToken cancellationToken = default)
    {
        if (ownerId is null)
        {
            return null;
        }

        var before = time.GetUtcNow().UtcDateTime - KeptFor;
        return await db.Set<TenantCreation>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id && c.OwnerId == ownerId && (c.State == TenantCreationState.Running || c.StartedUtc >= before), cancellationToken);
    }

    /// <summary>The running creation of a tenant of this name, whoever started it, or null.</summary>
    public Task<TenantCreation?> FindRunningAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenantName);
        var name = tenantName.ToLowerInvariant();
        return db.Set<TenantCreation>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.TenantName == name && c.State == TenantCreationState.Running, cancellationToken);
    }

    /// <summary>The creation with this id while it is running, for its job; null once it has finished.</summary>
    internal Task<TenantCreation?> FindRunningByIdAsync(string id, CancellationToken cancellationToken) =>
        db.Set<TenantCreation>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id && c.State == TenantCreationState.Running, cancellationToken);

    /// <summary>Records the recipe step that has started. A step never moves a creation backwards, nor changes one that has finished.</summary>
    internal Task RecordStepAsync(string id, int step, int steps, string stepName, CancellationToken cancellationToken) =>
        db.Set<TenantCreation>()
            .Where(c => c.Id == id && c.State == TenantCreationState.Running && c.Step <= step)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Step, step).SetProperty(c => c.Steps, steps).SetProperty(c => c.StepName, stepName), cancellationToken);

    /// <summary>Ends a running creation: Succeeded without problems, otherwise Failed with them.</summary>
    internal Task FinishAsync(string id, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        var state = problems.Count == 0 ? TenantCreationState.Succeeded : TenantCreationState.Failed;
        var error = problems.Count == 0 ? null : Shorten(string.Join('\n', problems), 4000);
        var now = time.GetUtcNow().UtcDateTime;
        return db.Set<TenantCreation>()
            .Where(c => c.Id == id && c.State == TenantCreationState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, state).SetProperty(c => c.Error, error).SetProperty(c => c.FinishedUtc, now), cancellationToken);
    }

    internal static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];

    private Task<int> ForgetOldAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().UtcDateTime - KeptFor;
        return db.Set<TenantCreation>()
            .Where(c => c.State != TenantCreationState.Running && c.StartedUtc < before)
            .ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The creation of tenant {Tenant} could not be enqueued.")]
    private static partial void LogNotEnqueued(ILogger logger, Exception exception, string tenant);
}
