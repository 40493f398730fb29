using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Links;
using Perspective.Core.Sites;
using Perspective.Email.Templates;

namespace Perspective.Email.Outbox;

internal sealed class EmailOutbox(TenantDbContext db, EmailKindCatalog kinds, IEmailRenderer renderer, ISite site, IPortalLinks links, TimeProvider time) : IEmailOutbox
{
    public async Task QueueAsync(string kind, EmailRecipient recipient, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var emailKind = kinds.Get(kind);
        var rendered = await renderer.RenderAsync(emailKind, values, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var held = !emailKind.IsSecurity && recipient.UserId is { } userId
            && await db.Users.Where(u => u.Id == userId).Select(u => u.EmailAlerts).FirstOrDefaultAsync(cancellationToken) == EmailAlerts.DailyDigest;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Kind = kind,
            ToAddress = recipient.Address,
            ToName = recipient.Name,
            ToUserId = recipient.UserId,
            Subject = rendered.Subject,
            HtmlBody = rendered.HtmlBody,
            TextBody = rendered.TextBody,
            // Providers that render themselves (GOV.UK Notify) get the same standard values as Liquid.
            ValuesJson = JsonSerializer.Serialize(new Dictionary<string, string>(values)
            {
                ["site_name"] = site.Name,
                ["portal_link"] = links.BaseAddress.ToString(),
            }),
            DueUtc = now,
            CreatedUtc = now,
            State = held ? OutboxState.HeldForDigest : OutboxState.Queued,
        });
    }
}
