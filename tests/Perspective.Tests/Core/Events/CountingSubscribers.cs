using Perspective.Core.Data;
using Perspective.Core.Events;

namespace Perspective.Tests.Core.Events;

/// <summary>Records each delivery in <see cref="SeenTable"/>, deliberately not idempotent, so a second delivery shows.</summary>
public sealed class FirstCounter(TenantDbContext db, SubscriberGate gate) : IEventSubscriber<CountedPayload>
{
    public const string Name = "test.first-counter";

    public async Task HandleAsync(PublishedEvent published, CountedPayload payload, CancellationToken cancellationToken)
    {
        await gate.PassAsync(Name, payload.Number, cancellationToken);
        await SeenTable.AddAsync(db, published.Id, Name, cancellationToken);
    }
}

/// <summary>A second subscriber of the same events, for deliveries that are independent of each other.</summary>
public sealed class SecondCounter(TenantDbContext db, SubscriberGate gate) : IEventSubscriber<CountedPayload>
{
    public const string Name = "test.second-counter";

    public async Task HandleAsync(PublishedEvent published, CountedPayload payload, CancellationToken cancellationToken)
    {
        await gate.PassAsync(Name, payload.Number, cancellationToken);
        await SeenTable.AddAsync(db, published.Id, Name, cancellationToken);
    }
}
