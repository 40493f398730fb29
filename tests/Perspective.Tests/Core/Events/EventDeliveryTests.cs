using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Events;

public sealed class SqliteEventDeliveryTests() : EventDeliveryTests(postgres: false);

public sealed class PostgresEventDeliveryTests() : EventDeliveryTests(postgres: true);

/// <summary>The outbox's promise: an event is delivered only if its transaction commits, then to each subscriber once.</summary>
public abstract class EventDeliveryTests(bool postgres) : EventDatabaseTest(postgres)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task EventInATransactionThatRollsBack_IsNeverDelivered()
    {
        using var host = NewHost();
        await host.PrepareAsync();

        await using (var scope = await host.TenantScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<IEventPublisher>().Publish(CountedEvents.Happened, new CountedPayload(1));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.Dispatcher.DispatchPendingAsync(await DefaultTenantAsync(host));

        Assert.Empty(await host.SeenAsync());
        Assert.Equal(0, await host.QueryAsync(db => db.Events.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.EventDeliveries.CountAsync()));
    }

    [Fact]
    public async Task EventInATransaction_IsDeliveredToEachSubscriberOnce_AsSoonAsItCommits()
    {
        using var host = NewHost();
        await host.PrepareAsync();
        Guid id;

        await using (var scope = await host.TenantScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            id = scope.ServiceProvider.GetRequiredService<IEventPublisher>().Publish(CountedEvents.Happened, new CountedPayload(1));
            await db.SaveChangesAsync();
            Assert.Empty(await host.SeenAsync());
            await transaction.CommitAsync();
        }

        var seen = await host.SeenAsync();
        Assert.Equal([FirstCounter.Name, SecondCounter.Name], seen.Where(s => s.EventId == id.ToString()).Select(s => s.Subscriber).Order());
        Assert.Equal(2, seen.Count);
        Assert.All(await host.QueryAsync(db => db.EventDeliveries.ToListAsync()), d => Assert.Equal(DeliveryStatus.Succeeded, d.Status));
    }

    [Fact]
    public async Task DeliveredEvent_DispatchedAgain_IsNotDeliveredAgain()
    {
        using var host = NewHost();
        await host.PrepareAsync();
        var ids = await host.PublishAsync(2);

        await host.Dispatcher.DispatchAsync(await DefaultTenantAsync(host), ids);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.Dispatcher.DispatchPendingAsync(await DefaultTenantAsync(host));

        Assert.Equal(4, (await host.SeenAsync()).Count);
    }

    [Fact]
    public async Task CommittedEvents_ReachEachSubscriberExactlyOnce_WhenTheHostStopsMidBatchAndANewOneStarts()
    {
        List<Guid> ids;
        using (var first = NewHost())
        {
            first.Gate.BlockAt = 3;
            await first.PrepareAsync();

            var publishing = first.PublishAsync(5);
            await first.Gate.Blocked.WaitAsync(Patience);

            // Events 1 and 2 reached both subscribers before the first one blocked on event 3.
            Assert.Equal(4, (await first.SeenAsync()).Count);
            first.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
            ids = await publishing.WaitAsync(Patience);
        }

        using var second = NewHost();
        await WaitUntilEveryDeliverySucceededAsync(second);

        var seen = await second.SeenAsync();
        foreach (var subscriber in new[] { FirstCounter.Name, SecondCounter.Name })
        {
            Assert.Equal(ids.Select(i => i.ToString()).Order(), seen.Where(s => s.Subscriber == subscriber).Select(s => s.EventId).Order());
        }

        Assert.Equal(10, seen.Count);
    }

    /// <summary>Moves the clock on, round after round of the background dispatcher, until nothing is left to deliver.</summary>
    private static async Task WaitUntilEveryDeliverySucceededAsync(EventsFactory host)
    {
        var loop = host.Services.GetRequiredService<EventDispatchLoop>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await host.QueryAsync(db => db.EventDeliveries.CountAsync(d => d.Status != DeliveryStatus.Succeeded)) > 0)
        {
            Assert.True(waited.Elapsed < Patience, "The background dispatcher did not deliver every event in time.");
            var rounds = loop.RoundsCompleted;
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            SpinWait.SpinUntil(() => loop.RoundsCompleted > rounds, TimeSpan.FromMilliseconds(200));
        }
    }
}
