using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Email.Templates;

/// <summary>
/// The tenant's own wording, by kind. Changes join the scope's unit of work: the caller records
/// its audit event and saves, so the change and its record commit together.
/// </summary>
public sealed class EmailTemplateStore(TenantDbContext db, TimeProvider time)
{
    public Task<EmailTemplate?> FindAsync(string kind, CancellationToken cancellationToken = default) =>
        db.Set<EmailTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Kind == kind, cancellationToken);

    /// <summary>Every override, sorted by kind (ordinal, in memory, so every database sorts alike).</summary>
    public async Task<IReadOnlyList<EmailTemplate>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<EmailTemplate>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(t => t.Kind, StringComparer.Ordinal)
            .ToList();

    public async Task<IReadOnlySet<string>> CustomisedKindsAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<EmailTemplate>().Select(t => t.Kind).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Stores <paramref name="wording"/> for the kind; false, touching nothing, when it is already stored exactly.</summary>
    public async Task<bool> PutAsync(string kind, EmailWording wording, string? updatedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.Set<EmailTemplate>().FirstOrDefaultAsync(t => t.Kind == kind, cancellationToken);
        if (existing is null)
        {
            db.Set<EmailTemplate>().Add(new EmailTemplate
            {
                Kind = kind,
                Subject = wording.Subject,
                HtmlBody = wording.HtmlBody,
                TextBody = wording.TextBody,
                UpdatedUtc = now,
                UpdatedBy = updatedBy,
            });
            return true;
        }

        if (EmailWording.Of(existing) == wording)
        {
            return false;
        }

        existing.Subject = wording.Subject;
        existing.HtmlBody = wording.HtmlBody;
        existing.TextBody = wording.TextBody;
        existing.UpdatedUtc = now;
        existing.UpdatedBy = updatedBy;
        return true;
    }

    /// <summary>Removes the kind's override, so the module's default applies again; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string kind, CancellationToken cancellationToken = default)
    {
        var existing = await db.Set<EmailTemplate>().FirstOrDefaultAsync(t => t.Kind == kind, cancellationToken);
        if (existing is null)
        {
            return false;
        }

        db.Set<EmailTemplate>().Remove(existing);
        return true;
    }
}
