using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Events;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Events;

public sealed class SqliteParkedDeliveryTests() : ParkedDeliveryTests(postgres: false);

public sealed class PostgresParkedDeliveryTests() : ParkedDeliveryTests(postgres: true);

/// <summary>A subscriber that keeps failing is retried later and later, then parked for an administrator, who can retry it.</summary>
public abstract class ParkedDeliveryTests(bool postgres) : EventDatabaseTest(postgres)
{
    private const string Page = "/admin/audit/deliveries";

    [Fact]
    public async Task FailingSubscriber_IsRetriedWithBackoff_ThenParked_ShownToAdmins_AndRetryFromThePageDeliversIt()
    {
        // One attempt after the commit, two more by the dispatcher; no background rounds meanwhile.
        using var host = NewHost(("Perspective:Events:MaxAttempts", "3"), ("Perspective:Events:PollInterval", "7.00:00:00"));
        await host.PrepareAsync();
        host.Gate.Failing.Add(SecondCounter.Name);
        var tenant = await DefaultTenantAsync(host);

        var id = Assert.Single(await host.PublishAsync(1));
        var delivery = await DeliveryAsync(host, id);
        Assert.Equal((DeliveryStatus.Pending, 1), (delivery.Status, delivery.Attempts));
        Assert.Equal(host.Now.AddSeconds(30), delivery.NextAttemptUtc);
        Assert.Equal("InvalidOperationException: test.second-counter is failing on purpose.", delivery.LastError);

        await host.Dispatcher.DispatchPendingAsync(tenant);
        Assert.Equal(1, (await DeliveryAsync(host, id)).Attempts);

        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await host.Dispatcher.DispatchPendingAsync(tenant);
        delivery = await DeliveryAsync(host, id);
        Assert.Equal((DeliveryStatus.Pending, 2), (delivery.Status, delivery.Attempts));
        Assert.Equal(host.Now.AddSeconds(60), delivery.NextAttemptUtc);

        host.Clock.Advance(TimeSpan.FromSeconds(59));
        await host.Dispatcher.DispatchPendingAsync(tenant);
        Assert.Equal(2, (await DeliveryAsync(host, id)).Attempts);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Dispatcher.DispatchPendingAsync(tenant);
        delivery = await DeliveryAsync(host, id);
        Assert.Equal((DeliveryStatus.Parked, 3), (delivery.Status, delivery.Attempts));
        Assert.Equal([FirstCounter.Name], (await host.SeenAsync()).Select(s => s.Subscriber));

        var admin = host.ClientFor("Ann Admin", "LA admin");
        var listed = await admin.GetStringAsync(Page);
        Assert.Contains($"data-testid=\"delivery-{delivery.Id}\"", listed, StringComparison.Ordinal);
        Assert.Contains(SecondCounter.Name, listed, StringComparison.Ordinal);
        Assert.Contains("test.second-counter is failing on purpose.", listed, StringComparison.Ordinal);

        host.Gate.Failing.Clear();
        var response = await admin.SubmitAsync(Page, new Dictionary<string, string>(), $"{Page}?handler=Retry&id={delivery.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DeliveryStatus.Succeeded, (await DeliveryAsync(host, id)).Status);
        Assert.Equal(1, (await host.SeenAsync()).Count(s => s.Subscriber == SecondCounter.Name && s.EventId == id.ToString()));
        var retried = Assert.Single(await host.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "audit.delivery-retried").ToListAsync()));
        Assert.Equal(delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), retried.ObjectId);
        Assert.Equal("Ann Admin", retried.UserName);
        var after = await admin.GetStringAsync(Page);
        Assert.Contains("test.happened was delivered to test.second-counter", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"deliveries-empty\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingSubscriber_IsTriedOnceAfterTheCommit_HoweverManyBatchesItsEventsTake()
    {
        // One delivery a batch, so the dispatch after the commit reads several batches.
        using var host = NewHost(("Perspective:Events:BatchSize", "1"), ("Perspective:Events:PollInterval", "7.00:00:00"));
        await host.PrepareAsync();
        host.Gate.Failing.Add(SecondCounter.Name);

        var ids = await host.PublishAsync(3);

        var failing = await host.QueryAsync(db => db.EventDeliveries.AsNoTracking().Where(d => d.Subscriber == SecondCounter.Name).ToListAsync());
        Assert.Equal(3, failing.Count);
        Assert.All(failing, d => Assert.Equal((DeliveryStatus.Pending, 1), (d.Status, d.Attempts)));
        Assert.Equal(ids.Select(i => i.ToString()).Order(), (await host.SeenAsync()).Select(s => s.EventId).Order());
    }

    [Fact]
    public async Task Retry_OfADeliveryThatIsNotParked_Answers404_AndRecordsNothing()
    {
        using var host = NewHost();
        await host.PrepareAsync();
        var id = Assert.Single(await host.PublishAsync(1));
        var delivered = await DeliveryAsync(host, id);

        var response = await host.ClientFor("Ann Admin", "LA admin").SubmitAsync(Page, new Dictionary<string, string>(), $"{Page}?handler=Retry&id={delivered.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("audit.delivery-retried", await host.AuditActionsAsync());
    }

    [Fact]
    public async Task ThePage_WithoutThePermission_IsForbidden()
    {
        using var host = NewHost();

        var response = await host.ClientFor("Sam Staff", "LA officer").GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Task<EventDelivery> DeliveryAsync(EventsFactory host, Guid eventId) =>
        host.QueryAsync(db => db.EventDeliveries.AsNoTracking().SingleAsync(d => d.EventId == eventId && d.Subscriber == SecondCounter.Name));
}
