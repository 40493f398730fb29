using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Perspective.Core.Tenants;

namespace Perspective.Core.Events;

/// <summary>
/// The fast path: once the transaction that stored events commits, delivers them in-process at once,
/// so a request's subscribers (the audit trail among them) have run before its response is sent.
/// Events saved inside an explicit transaction wait for its commit and are forgotten if it rolls back.
/// One per service scope, like the context it watches. A delivery that fails here is left to the
/// background dispatcher: the caller's change has committed and is never failed by a subscriber.
/// </summary>
public sealed partial class EventCommitInterceptor(ITenantContext tenant, EventDispatcher dispatcher, ILogger<EventCommitInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly List<Guid> _saving = [];
    private readonly List<Guid> _awaitingCommit = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // Synchronous saves are rare (the key ring's); they wait for delivery like asynchronous ones.
        AfterSaveAsync(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await AfterSaveAsync(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _saving.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _saving.Clear();
        return Task.CompletedTask;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        // Anything still waiting belonged to a transaction that ended without a commit.
        _awaitingCommit.Clear();
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        _awaitingCommit.Clear();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        DispatchAsync(TakeAwaiting()).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        DispatchAsync(TakeAwaiting());

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _awaitingCommit.Clear();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _awaitingCommit.Clear();
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        _saving.Clear();
        if (context is not null)
        {
            _saving.AddRange(context.ChangeTracker.Entries<OutboxEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id));
        }
    }

    private Task AfterSaveAsync(DbContext? context)
    {
        var saved = _saving.ToList();
        _saving.Clear();
        if (saved.Count == 0 || context is null)
        {
            return Task.CompletedTask;
        }

        if (context.Database.CurrentTransaction is not null)
        {
            _awaitingCommit.AddRange(saved);
            return Task.CompletedTask;
        }

        return DispatchAsync(saved);
    }

    private List<Guid> TakeAwaiting()
    {
        var taken = _awaitingCommit.ToList();
        _awaitingCommit.Clear();
        return taken;
    }

    private async Task DispatchAsync(List<Guid> eventIds)
    {
        if (eventIds.Count == 0)
        {
            return;
        }

        try
        {
            // Not the caller's token: the events have committed whether or not the client waits.
            await dispatcher.DispatchAsync(tenant.Current, eventIds, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogFastPathFailed(logger, exception, eventIds.Count, tenant.Current.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {Count} events after their commit failed (tenant {Tenant}); the background dispatcher will deliver them.")]
    private static partial void LogFastPathFailed(ILogger logger, Exception exception, int count, string tenant);
}
