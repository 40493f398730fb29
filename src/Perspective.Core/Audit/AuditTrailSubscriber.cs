using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Events;

namespace Perspective.Core.Audit;

/// <summary>
/// Writes every audited event to the audit trail, with the event's time and actor. The row carries
/// the event's id, so a redelivered event adds nothing; the chain is extended as the row is saved
/// with the delivery (see <see cref="AuditChainHead"/>).
/// </summary>
internal sealed class AuditTrailSubscriber(TenantDbContext db) : IEventSubscriber<IAuditedPayload>
{
    public const string Name = "audit-trail";

    private const int MaxDetailsLength = 1000;

    public async Task HandleAsync(PublishedEvent published, IAuditedPayload payload, CancellationToken cancellationToken)
    {
        if (await db.AuditEvents.AnyAsync(e => e.EventId == published.Id, cancellationToken))
        {
            return;
        }

        var action = payload.ToAuditedAction();
        db.AuditEvents.Add(new AuditEvent
        {
            EventId = published.Id,
            OccurredUtc = published.OccurredUtc,
            Action = published.Name,
            UserId = published.Actor.UserId,
            UserName = published.Actor.UserName,
            OrganisationId = published.Actor.OrganisationId,
            ObjectType = Truncated(action.ObjectType, 100),
            ObjectId = Truncated(action.ObjectId, 100),
            IpAddress = published.Actor.IpAddress,
            Details = Truncated(action.Details, MaxDetailsLength),
        });
    }

    private static string? Truncated(string? text, int length) => text is { } t && t.Length > length ? t[..length] : text;
}
