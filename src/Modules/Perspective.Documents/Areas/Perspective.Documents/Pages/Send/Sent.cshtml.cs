using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Documents.Sending;

namespace Perspective.Documents.Pages.Send;

/// <summary>
/// The end of the send journey: a confirmation panel, whom it went to, and where nobody holds the
/// role it was sent to yet. Only the batch's sender sees it; anyone else gets a 404.
/// </summary>
[Authorize(Policy = SendPolicy.Name)]
public sealed class DocumentSentModel(TenantDbContext db, IOrganisationDirectory organisations, UnreachedRecipients unreached) : PageModel
{
    public Guid BatchId { get; private set; }

    public string Title { get; private set; } = "";

    public int RecipientCount { get; private set; }

    /// <summary>The recipient's name when it went to one school or team.</summary>
    public string? OnlyRecipient { get; private set; }

    public IReadOnlyList<NobodyHoldsRole> Warnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var batch = await db.Set<SendBatch>().AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == batchId && b.SenderUserId == userId && b.SentUtc != null, cancellationToken);
        if (batch is null)
        {
            return NotFound();
        }

        BatchId = batch.Id;
        Title = batch.Title;
        var recipients = await db.Set<DocumentRecipient>().AsNoTracking()
            .Where(r => db.Set<Document>().Any(d => d.Id == r.DocumentId && d.BatchId == batchId))
            .Select(r => r.OrganisationId)
            .Distinct()
            .ToListAsync(cancellationToken);
        RecipientCount = recipients.Count;
        if (recipients.Count == 1)
        {
            OnlyRecipient = (await organisations.FindAsync(recipients[0], cancellationToken))?.Name;
        }

        Warnings = await unreached.ForBatchAsync(batchId, cancellationToken);
        return Page();
    }

    /// <summary>"the role Headteacher" or "any of the roles Headteacher or School user".</summary>
    public static string RoleWords(IReadOnlyList<string> roles) =>
        roles.Count == 1 ? $"the role {roles[0]}" : $"any of the roles {string.Join(", ", roles.Take(roles.Count - 1))} or {roles[^1]}";
}
