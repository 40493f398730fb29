using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Perspective.Core.Jobs;

namespace Perspective.Core.Events;

public static class EventServices
{
    /// <summary>The event catalogue, publisher, dispatcher and its background loop.</summary>
    public static IServiceCollection AddPerspectiveEvents(this IServiceCollection services)
    {
        services.AddOptions<EventsOptions>().BindConfiguration("Perspective:Events");
        services.AddSingleton<DeclaredEvents>();
        services.AddSingleton<EventSubscriptions>();
        services.AddScoped<IEventPublisher, EventPublisher>();
        services.AddScoped<EventCommitInterceptor>();
        services.AddSingleton<EventDispatcher>();
        services.AddScoped<ParkedDeliveries>();
        services.AddSingleton<EventDispatchLoop>();
        services.AddHostedService(sp => sp.GetRequiredService<EventDispatchLoop>());
        services.AddScoped<EventPruner>();
        services.AddRecurringTenantJob<EventPruneJob>(EventPruneJob.Name, null, sp =>
            sp.GetRequiredService<IOptions<EventsOptions>>().Value.PruneInterval is { Ticks: > 0 } interval ? RecurringSchedule.Every(interval) : null);
        return services;
    }

    /// <summary>Declares events outside a module's <c>Events</c> (the kernel's, or a test's).</summary>
    public static IServiceCollection AddEventDeclarations(this IServiceCollection services, string source, IReadOnlyList<EventDescriptor> events) =>
        services.AddSingleton(new EventDeclarations(source, events));

    /// <summary>Registers a subscriber, under a name that must never change, for the given events.</summary>
    public static IServiceCollection AddEventSubscriber<TPayload, TSubscriber>(this IServiceCollection services, string name, params EventDescriptor<TPayload>[] events)
        where TPayload : class
        where TSubscriber : class, IEventSubscriber<TPayload>
    {
        var names = events.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        return services.AddEventSubscriber<TPayload, TSubscriber>(name, e => names.Contains(e.Name));
    }

    /// <summary>Registers a subscriber for every declared event that <paramref name="accepts"/> chooses.</summary>
    public static IServiceCollection AddEventSubscriber<TPayload, TSubscriber>(this IServiceCollection services, string name, Func<EventDescriptor, bool> accepts)
        where TPayload : class
        where TSubscriber : class, IEventSubscriber<TPayload>
    {
        services.TryAddScoped<TSubscriber>();
        services.AddSingleton(EventSubscription.For<TPayload, TSubscriber>(name, accepts));
        return services;
    }
}
