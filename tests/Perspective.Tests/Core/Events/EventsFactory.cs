using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Events;

/// <summary>A host on a fake clock with the counted events declared and two counting subscribers registered.</summary>
public sealed class EventsFactory : ClockFactory
{
    public SubscriberGate Gate { get; } = new();

    /// <summary>Everything the host logs, for a test that shows what a dispatcher said.</summary>
    public CapturedLogs Logs { get; } = new();

    public EventDispatcher Dispatcher => Services.GetRequiredService<EventDispatcher>();

    /// <summary>Creates the table the counters write to (once per database).</summary>
    public async Task PrepareAsync()
    {
        await using var scope = await this.TenantScopeAsync();
        await SeenTable.CreateAsync(scope.ServiceProvider.GetRequiredService<TenantDbContext>());
    }

    /// <summary>Publishes counted events numbered from 1 and saves them in one transaction; returns their ids.</summary>
    public async Task<List<Guid>> PublishAsync(int count)
    {
        await using var scope = await this.TenantScopeAsync();
        var publisher = scope.ServiceProvider.GetRequiredService<IEventPublisher>();
        var ids = Enumerable.Range(1, count).Select(n => publisher.Publish(CountedEvents.Happened, new CountedPayload(n))).ToList();
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
        return ids;
    }

    public Task<List<SeenRow>> SeenAsync() => this.QueryAsync(SeenTable.ReadAsync);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Gate);
            services.AddEventDeclarations("the event tests", CountedEvents.All);
            services.AddEventSubscriber<CountedPayload, FirstCounter>(FirstCounter.Name, CountedEvents.Happened);
            services.AddEventSubscriber<CountedPayload, SecondCounter>(SecondCounter.Name, CountedEvents.Happened);
        });
    }
}
