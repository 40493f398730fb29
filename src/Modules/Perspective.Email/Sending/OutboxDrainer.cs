using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Core.Data;
using Perspective.Core.Settings;
using Perspective.Core.Sites;
using Perspective.Core.Tenants;
using Perspective.Email.Outbox;

namespace Perspective.Email.Sending;

/// <summary>
/// Sends the current tenant's due messages. Each round claims a batch with one conditional UPDATE,
/// so two senders on one database never take the same message: the second finds the rows already
/// claimed (PostgreSQL re-checks the condition after waiting for the first's lock; SQLite has one
/// writer at a time). Each outcome is saved as soon as it is known.
/// </summary>
public sealed class OutboxDrainer(
    TenantDbContext db,
    ISiteSettings settings,
    ISite site,
    ITenantContext tenant,
    IEnumerable<IEmailProvider> providers,
    OutboxProtection protection,
    IOptions<EmailOptions> options,
    TimeProvider time,
    ILogger<OutboxDrainer> logger)
{
    /// <summary>Sends due messages until none is left or the batch limit is reached; returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var emailSettings = await EmailSettings.LoadAsync(settings, site, cancellationToken);
        IEmailSession? session = null;
        try
        {
            session = await OpenAsync(emailSettings, cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            foreach (var message in claimed)
            {
                Failed(message, exception.Message);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning("Email provider unavailable for tenant {Tenant}: {Error}", tenant.Current.Name, exception.Message);
            return claimed.Count;
        }

        await using (session)
        {
            foreach (var message in claimed)
            {
                if (Open(message) is { } content)
                {
                    try
                    {
                        await session.SendAsync(message, content, cancellationToken);
                        message.State = OutboxState.Sent;
                        message.SentUtc = time.GetUtcNow().UtcDateTime;
                        message.Attempts++;
                        message.LastError = null;
                        OutboxProtection.Clear(message);
                        Release(message);
                    }
                    catch (EmailDeliveryException exception)
                    {
                        Failed(message, exception.Message);
                    }
                }

                // Recorded at once: a crash later in the batch must not send this one again.
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }

        return claimed.Count;
    }

    private async Task<IEmailSession> OpenAsync(EmailSettings emailSettings, CancellationToken cancellationToken)
    {
        var provider = providers.FirstOrDefault(p => p.Name == emailSettings.Provider)
            ?? throw new EmailDeliveryException($"The email provider '{emailSettings.Provider}' is not available.");
        return await provider.OpenAsync(emailSettings, tenant.Current.Name, cancellationToken);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + options.Value.ClaimTimeout;
        var outbox = db.Set<OutboxMessage>();
        var due = outbox
            .Where(m => m.State == OutboxState.Queued && m.DueUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize);
        await outbox
            .Where(m => due.Contains(m.Id) && m.State == OutboxState.Queued && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken);
        return await outbox.Where(m => m.ClaimToken == token).OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The message's content, decrypted; or null, with the message dead-lettered, when it cannot be had (retrying would not bring it back).</summary>
    private OutboxContent? Open(OutboxMessage message)
    {
        string problem;
        try
        {
            if (protection.Open(message) is { } content)
            {
                return content;
            }

            problem = "Not sent: the message has no content.";
        }
        catch (CryptographicException exception)
        {
            logger.LogWarning(exception, "Outbox message {Id} of tenant {Tenant} could not be decrypted", message.Id, tenant.Current.Name);
            problem = "Not sent: its content could not be decrypted (the portal's keys have changed).";
        }

        message.Attempts++;
        message.LastError = problem;
        DeadLetter(message);
        return null;
    }

    private void Failed(OutboxMessage message, string error)
    {
        message.Attempts++;
        message.LastError = error.Length > 2000 ? error[..2000] : error;
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            DeadLetter(message);
        }
        else
        {
            message.DueUtc = time.GetUtcNow().UtcDateTime + options.Value.DelayAfter(message.Attempts);
            Release(message);
        }
    }

    /// <summary>Gives up on the message for good: its content, which may hold a sign-in link, goes with it.</summary>
    private static void DeadLetter(OutboxMessage message)
    {
        message.State = OutboxState.DeadLetter;
        OutboxProtection.Clear(message);
        Release(message);
    }

    private static void Release(OutboxMessage message)
    {
        message.ClaimToken = null;
        message.ClaimedUntilUtc = null;
    }
}
