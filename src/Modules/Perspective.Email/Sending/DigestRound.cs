using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Settings;
using Perspective.Email.Outbox;

namespace Perspective.Email.Sending;

/// <summary>
/// Once a day (at the hour in setting <c>email.digest.hourUtc</c>, 7 by default) gathers each
/// person's held informational emails into one digest message. One conditional UPDATE takes the
/// held messages, so on several nodes only one builds each digest; it and the digests it queues
/// commit together, so a crash loses nothing.
/// </summary>
public sealed class DigestRound(TenantDbContext db, IEmailOutbox outbox, ISiteSettings settings, TimeProvider time)
{
    public const int DefaultHourUtc = 7;

    /// <summary>Builds the digests that are due; returns how many were queued.</summary>
    public async Task<int> ComposeDueAsync(CancellationToken cancellationToken)
    {
        var cutoff = await LatestDigestTimeAsync(cancellationToken);
        var held = db.Set<OutboxMessage>();
        if (!await held.AnyAsync(m => m.State == OutboxState.HeldForDigest && m.CreatedUtc < cutoff, cancellationToken))
        {
            return 0;
        }

        var token = Guid.NewGuid();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await held
            .Where(m => m.State == OutboxState.HeldForDigest && m.CreatedUtc < cutoff)
            // A digested message is never sent on its own: its content goes at once, as a sent one's does.
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, OutboxState.Digested).SetProperty(m => m.DigestToken, token)
                    .SetProperty(m => m.HtmlBody, (string?)null).SetProperty(m => m.TextBody, (string?)null).SetProperty(m => m.ValuesJson, (string?)null),
                cancellationToken);
        var taken = await held.Where(m => m.DigestToken == token).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var digests = taken.GroupBy(m => (m.ToUserId, m.ToAddress)).ToList();
        foreach (var person in digests)
        {
            var items = string.Join("\n", person.Select(m => "- " + m.Subject));
            await outbox.QueueAsync(
                EmailKindsOfThisModule.Digest.Name,
                new EmailRecipient(person.Key.ToAddress, person.First().ToName, person.Key.ToUserId),
                new Dictionary<string, string> { ["count"] = person.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), ["items"] = items },
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return digests.Count;
    }

    private async Task<DateTime> LatestDigestTimeAsync(CancellationToken cancellationToken)
    {
        var hour = int.TryParse(await settings.GetAsync("email.digest.hourUtc", cancellationToken), out var h) && h is >= 0 and <= 23 ? h : DefaultHourUtc;
        var now = time.GetUtcNow().UtcDateTime;
        var today = now.Date.AddHours(hour);
        return today <= now ? today : today.AddDays(-1);
    }
}
