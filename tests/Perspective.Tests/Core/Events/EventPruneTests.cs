using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Events;
using Perspective.Core.Jobs;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Events;

public sealed class SqliteEventPruneTests() : EventPruneTests(postgres: false);

public sealed class PostgresEventPruneTests() : EventPruneTests(postgres: true);

/// <summary>Old events every subscriber has taken are deleted; anything still owed to a subscriber stays.</summary>
public abstract class EventPruneTests(bool postgres) : EventDatabaseTest(postgres)
{
    [Fact]
    public async Task Prune_DeletesOnlyEventsOlderThanKeepFor_ThatEverySubscriberHasTaken_WithTheirDeliveries()
    {
        using var host = NewHost(("Perspective:Events:KeepFor", "30.00:00:00"), ("Perspective:Events:PollInterval", "7.00:00:00"));
        await host.PrepareAsync();
        var delivered = await host.PublishAsync(2);
        host.Gate.Failing.Add(SecondCounter.Name);
        var owed = Assert.Single(await host.PublishAsync(1)); // the second subscriber keeps failing it

        host.Clock.Advance(TimeSpan.FromDays(30));
        var recent = Assert.Single(await host.PublishAsync(1));
        host.Clock.Advance(TimeSpan.FromSeconds(1));

        var deleted = await PruneAsync(host);

        Assert.Equal(2, deleted);
        var events = await host.QueryAsync(db => db.Events.AsNoTracking().Select(e => e.Id).ToListAsync());
        Assert.Equal(new[] { owed, recent }.Order(), events.Order());
        var deliveries = await host.QueryAsync(db => db.EventDeliveries.AsNoTracking().Select(d => d.EventId).Distinct().ToListAsync());
        Assert.Equal(new[] { owed, recent }.Order(), deliveries.Order());
        Assert.DoesNotContain(delivered[0], deliveries);
    }

    [Fact]
    public async Task Prune_KeepsAParkedEvent_HoweverOld()
    {
        using var host = NewHost(("Perspective:Events:KeepFor", "1.00:00:00"), ("Perspective:Events:MaxAttempts", "1"), ("Perspective:Events:PollInterval", "7.00:00:00"));
        await host.PrepareAsync();
        host.Gate.Failing.Add(SecondCounter.Name);
        var parked = Assert.Single(await host.PublishAsync(1));
        Assert.Equal(DeliveryStatus.Parked, await host.QueryAsync(db => db.EventDeliveries.AsNoTracking()
            .Where(d => d.EventId == parked && d.Subscriber == SecondCounter.Name).Select(d => d.Status).SingleAsync()));

        host.Clock.Advance(TimeSpan.FromDays(400));

        Assert.Equal(0, await PruneAsync(host));
        Assert.Equal(2, await host.QueryAsync(db => db.EventDeliveries.CountAsync(d => d.EventId == parked)));
    }

    [Fact]
    public void ThePrune_IsARecurringJobOfEveryTenant()
    {
        using var host = NewHost();

        var registration = Assert.Single(host.Services.GetServices<JobRegistration>(), r => r.Name == EventPruneJob.Name);

        Assert.Equal(typeof(EventPruneJob), registration.JobType);
        Assert.Null(registration.ModuleName);
        Assert.Equal(RecurringSchedule.Every(TimeSpan.FromDays(1)), registration.Recurring!(host.Services));
    }

    private static async Task<int> PruneAsync(EventsFactory host)
    {
        await using var scope = await host.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<EventPruner>().PruneAsync(CancellationToken.None);
    }
}
