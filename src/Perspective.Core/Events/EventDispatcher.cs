using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Core.Data;
using Perspective.Core.Tenants;

namespace Perspective.Core.Events;

/// <summary>
/// Delivers stored events to their subscribers, each delivery in a scope and transaction of its own.
/// <see cref="DispatchAsync"/> is the fast path, run as soon as the events' transaction commits;
/// <see cref="DispatchPendingAsync"/> is the catch-up pass, run for each tenant in the background
/// (and suitable for a scheduled job), for anything the fast path missed or that failed and is due again.
/// A delivery is claimed by a conditional update before it runs, so two hosts never run the same one.
/// </summary>
public sealed partial class EventDispatcher(
    ITenantScopeFactory scopes,
    DeclaredEvents declared,
    EventSubscriptions subscriptions,
    IOptions<EventsOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<EventDispatcher> logger)
{
    private const int MaxErrorLength = 1000;

    /// <summary>
    /// Delivers the given events' untried deliveries now, oldest event first; returns how many
    /// succeeded. One that fails here waits for its retry like any other.
    /// </summary>
    public Task<int> DispatchAsync(Tenant tenant, IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var ids = eventIds.ToList();
        return ids.Count == 0
            ? Task.FromResult(0)
            : RunAsync(tenant, (db, _) => db.EventDeliveries.Where(d => ids.Contains(d.EventId) && d.Status == DeliveryStatus.Pending && d.Attempts == 0), cancellationToken);
    }

    /// <summary>
    /// Delivers every delivery of the tenant that is due: waiting for a retry whose time has come, new
    /// and left by the fast path, or claimed by a host that stopped before finishing. Returns how many succeeded.
    /// </summary>
    public Task<int> DispatchPendingAsync(Tenant tenant, CancellationToken cancellationToken = default) =>
        RunAsync(tenant, (db, now) => db.EventDeliveries.Where(d =>
            (d.Status == DeliveryStatus.Pending && d.NextAttemptUtc <= now) ||
            (d.Status == DeliveryStatus.InProgress && d.LeaseUntilUtc < now)), cancellationToken);

    private async Task<int> RunAsync(Tenant tenant, Func<TenantDbContext, DateTime, IQueryable<EventDelivery>> due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var delivered = 0;
        while (true)
        {
            var batch = await ReadBatchAsync(tenant, due, stopping.Token);
            foreach (var candidate in batch)
            {
                if (await DeliverAsync(tenant, candidate, stopping.Token))
                {
                    delivered++;
                }
            }

            if (batch.Count < options.Value.BatchSize)
            {
                return delivered;
            }
        }
    }

    private async Task<List<Candidate>> ReadBatchAsync(Tenant tenant, Func<TenantDbContext, DateTime, IQueryable<EventDelivery>> due, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        return await (
                from d in due(db, Now)
                join e in db.Events on d.EventId equals e.Id
                orderby e.Position, d.Id
                select new Candidate(d.Id, d.ClaimVersion, d.Attempts, d.Subscriber, e))
            .AsNoTracking()
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> DeliverAsync(Tenant tenant, Candidate candidate, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var claim = new DeliveryClaim(db, candidate.DeliveryId, candidate.ClaimVersion + 1);
        if (!await ClaimAsync(db, candidate, cancellationToken))
        {
            return false;
        }

        try
        {
            var (subscription, published, payload) = Prepare(candidate);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await subscription.InvokeAsync(scope.ServiceProvider, published, payload, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (!await claim.SucceedAsync(Now, cancellationToken))
            {
                // Taken over by another host after the lease ran out: its outcome stands, not this one.
                return false;
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            await claim.ReleaseAsync(Now);
            throw;
        }
        catch (Exception exception)
        {
            db.ChangeTracker.Clear();
            var attempts = candidate.Attempts + 1;
            var parked = attempts >= options.Value.MaxAttempts;
            await claim.FailAsync(parked, Now + options.Value.BackoffAfter(attempts), Describe(exception));
            if (parked)
            {
                LogParked(logger, exception, candidate.Event.Name, candidate.Event.Id, candidate.Subscriber, attempts, tenant.Name);
            }
            else
            {
                LogFailed(logger, exception, candidate.Event.Name, candidate.Event.Id, candidate.Subscriber, attempts, tenant.Name);
            }

            return false;
        }
    }

    private async Task<bool> ClaimAsync(TenantDbContext db, Candidate candidate, CancellationToken cancellationToken)
    {
        var now = Now;
        var leaseEnds = now + options.Value.Lease;
        var claimed = await db.EventDeliveries
            .Where(d => d.Id == candidate.DeliveryId && d.ClaimVersion == candidate.ClaimVersion)
            .Where(d => d.Status == DeliveryStatus.Pending || (d.Status == DeliveryStatus.InProgress && d.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeliveryStatus.InProgress)
                    .SetProperty(d => d.LeaseUntilUtc, leaseEnds)
                    .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                    .SetProperty(d => d.ClaimVersion, d => d.ClaimVersion + 1),
                cancellationToken);
        return claimed == 1;
    }

    private (EventSubscription Subscription, PublishedEvent Published, object Payload) Prepare(Candidate candidate)
    {
        var e = candidate.Event;
        var subscription = subscriptions.Find(candidate.Subscriber)
            ?? throw new InvalidOperationException($"No subscriber named '{candidate.Subscriber}' is registered in this host.");
        var declaration = declared.Find(e.Name)
            ?? throw new InvalidOperationException($"The event '{e.Name}' is no longer declared by any module.");
        var payload = JsonSerializer.Deserialize(e.Payload, declaration.Descriptor.PayloadType, EventJson.Options)
            ?? throw new InvalidOperationException($"The event '{e.Name}' has an empty payload.");
        var published = new PublishedEvent(e.Id, e.Name, e.Version, DateTime.SpecifyKind(e.OccurredUtc, DateTimeKind.Utc),
            new EventActor(e.UserId, e.UserName, e.OrganisationId, e.IpAddress));
        return (subscription, published, payload);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        return text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
    }

    private sealed record Candidate(long DeliveryId, int ClaimVersion, int Attempts, string Subscriber, OutboxEvent Event);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering event {EventName} {EventId} to {Subscriber} failed (attempt {Attempts}, tenant {Tenant}); it will be tried again.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string eventName, Guid eventId, string subscriber, int attempts, string tenant);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering event {EventName} {EventId} to {Subscriber} failed {Attempts} times (tenant {Tenant}); it is parked until an administrator retries it.")]
    private static partial void LogParked(ILogger logger, Exception exception, string eventName, Guid eventId, string subscriber, int attempts, string tenant);
}
