using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Links;
using Perspective.Core.Sites;
using Perspective.Email.Liquid;
using Perspective.Email.Templates;

namespace Perspective.Email.Outbox;

internal sealed class EmailOutbox(
    TenantDbContext db,
    EmailKindCatalog kinds,
    IEmailRenderer renderer,
    OutboxProtection protection,
    ISite site,
    IPortalLinks links,
    TimeProvider time,
    ILogger<EmailOutbox> logger) : IEmailOutbox
{
    public async Task QueueAsync(string kind, EmailRecipient recipient, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var emailKind = kinds.Get(kind);
        var now = time.GetUtcNow().UtcDateTime;
        RenderedEmail rendered;
        try
        {
            rendered = await renderer.RenderAsync(emailKind, values, cancellationToken);
        }
        catch (LiquidLimitException exception)
        {
            // The tenant's template is too big with these values. The change that sent the email
            // still commits; the message is never sent and the outbox page says why.
            logger.LogWarning("The template for {Kind} went past a Liquid limit and its message was not sent: {Reason}", kind, exception.Message);
            db.Set<OutboxMessage>().Add(Unrenderable(emailKind, recipient, exception, now));
            return;
        }

        var held = !emailKind.IsSecurity && recipient.UserId is { } userId
            && await db.Users.Where(u => u.Id == userId).Select(u => u.EmailAlerts).FirstOrDefaultAsync(cancellationToken) == EmailAlerts.DailyDigest;
        var message = new OutboxMessage
        {
            Kind = kind,
            ToAddress = recipient.Address,
            ToName = recipient.Name,
            ToUserId = recipient.UserId,
            Subject = rendered.Subject,
            DueUtc = now,
            CreatedUtc = now,
            State = held ? OutboxState.HeldForDigest : OutboxState.Queued,
        };
        // Providers that render themselves (GOV.UK Notify) get the same standard values as Liquid.
        var allValues = new Dictionary<string, string>(values)
        {
            ["site_name"] = site.Name,
            ["portal_link"] = links.BaseAddress.ToString(),
        };
        protection.Seal(message, new OutboxContent(rendered.HtmlBody, rendered.TextBody, allValues));
        db.Set<OutboxMessage>().Add(message);
    }

    private static OutboxMessage Unrenderable(EmailKind kind, EmailRecipient recipient, LiquidLimitException exception, DateTime now) => new()
    {
        Kind = kind.Name,
        ToAddress = recipient.Address,
        ToName = recipient.Name,
        ToUserId = recipient.UserId,
        Subject = kind.DisplayName,
        DueUtc = now,
        CreatedUtc = now,
        State = OutboxState.DeadLetter,
        LastError = $"Not sent: its template {exception.Message}. Change the email template for {kind.DisplayName}.",
    };
}
