using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Perspective.Core.Data;
using Perspective.Core.Security;

namespace Perspective.Core.Events;

internal sealed class EventPublisher(
    TenantDbContext db,
    DeclaredEvents declared,
    EventSubscriptions subscriptions,
    IHttpContextAccessor httpContextAccessor,
    IOptions<EventsOptions> options,
    TimeProvider time) : IEventPublisher
{
    public Guid Publish<TPayload>(EventDescriptor<TPayload> descriptor, TPayload payload)
        where TPayload : class
    {
        ArgumentNullException.ThrowIfNull(payload);
        var declaration = declared.Require(descriptor);
        var now = time.GetUtcNow().UtcDateTime;
        var actor = Actor();
        var stored = new OutboxEvent
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Name = descriptor.Name,
            Version = descriptor.Version,
            Payload = JsonSerializer.Serialize(payload, declaration.Descriptor.PayloadType, EventJson.Options),
            OccurredUtc = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            OrganisationId = actor.OrganisationId,
            IpAddress = actor.IpAddress,
        };
        db.Add(stored);
        foreach (var subscription in subscriptions.For(declaration.Descriptor))
        {
            db.Add(new EventDelivery
            {
                EventId = stored.Id,
                Subscriber = subscription.Name,
                NextAttemptUtc = now + options.Value.BackgroundDelay,
            });
        }

        return stored.Id;
    }

    private EventActor Actor()
    {
        var http = httpContextAccessor.HttpContext;
        var user = http?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        return new EventActor(
            signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            signedIn ? user!.Identity!.Name : null,
            signedIn ? user!.FindFirstValue(PerspectiveClaimTypes.OrganisationId) : null,
            http?.Connection.RemoteIpAddress?.ToString());
    }
}

/// <summary>How payloads are written and read: one fixed set of options, so a stored payload always reads back.</summary>
internal static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
