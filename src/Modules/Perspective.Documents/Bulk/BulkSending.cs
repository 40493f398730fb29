using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Core.Files;
using Perspective.Documents.Data;
using Perspective.Documents.Events;
using Perspective.Documents.Storage;

namespace Perspective.Documents.Bulk;

/// <summary>
/// Sends a draft: one document per matched file, to its school, pointing at the blob the upload
/// already stored (no copy, no re-encryption). Everything commits in one transaction that first
/// claims the draft, so a second post, or a second node, sends nothing again.
/// </summary>
public sealed class BulkSending(
    TenantDbContext db,
    BulkDrafts drafts,
    BulkPlanner planner,
    IEventPublisher events,
    IAuditLog audit,
    IBlobStore blobs,
    TimeProvider time)
{
    public async Task<BulkSendResult> SendAsync(Guid batchId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var batch = await drafts.FindOwnAsync(user, batchId, cancellationToken);
        if (batch is null)
        {
            return new BulkSendResult(BulkSendOutcome.NotFound);
        }

        if (batch.SentUtc is not null)
        {
            return new BulkSendResult(BulkSendOutcome.AlreadySent);
        }

        var category = await db.Set<DocumentCategory>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == batch.CategoryId, cancellationToken);
        if (category is null || !BulkDrafts.MaySendIn(user, category))
        {
            return new BulkSendResult(BulkSendOutcome.Refused, Problem: "This category no longer takes documents from you: start a new bulk send");
        }

        var plan = await planner.PlanAsync(await drafts.FilesAsync(batchId, cancellationToken), cancellationToken);
        if (plan.SendProblem() is { } problem)
        {
            return new BulkSendResult(BulkSendOutcome.Refused, Problem: problem);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var title = $"{category.Name} ({plan.Matched.Count} {(plan.Matched.Count == 1 ? "school" : "schools")})";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The claim: only the request whose update turns the draft into a sent batch goes on.
        var claimed = await db.Set<SendBatch>()
            .Where(b => b.Id == batchId && b.SentUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.SentUtc, now).SetProperty(b => b.Title, title), cancellationToken);
        if (claimed == 0)
        {
            return new BulkSendResult(BulkSendOutcome.AlreadySent);
        }

        foreach (var planned in plan.Matched)
        {
            await SendOneAsync(batch, category, planned, now, cancellationToken);
        }

        audit.Record(DocumentsEvents.BulkSent, nameof(SendBatch), batchId.ToString(), string.Create(CultureInfo.InvariantCulture, $"{plan.Matched.Count} documents, category {category.Id}"));
        var dropped = await db.Set<StagedFile>().Where(f => f.BatchId == batchId && f.Dropped).Select(f => f.StorageName).ToListAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<StagedFile>().Where(f => f.BatchId == batchId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Removed files reached nobody; their blobs go once nothing can point at them.
        await CommittedBlobs.DeleteAsync(blobs, dropped);

        return new BulkSendResult(BulkSendOutcome.Sent, plan.Matched.Count);
    }

    private async Task SendOneAsync(SendBatch batch, DocumentCategory category, PlannedFile planned, DateTime now, CancellationToken cancellationToken)
    {
        var staged = planned.File;
        var document = new Document
        {
            Id = Guid.NewGuid(),
            CategoryId = category.Id,
            Title = planned.ShownName,
            Message = batch.Message,
            SenderUserId = batch.SenderUserId,
            SenderOrganisationId = batch.SenderOrganisationId,
            SentUtc = now,
            RetainUntilUtc = category.RetentionDays is { } days ? now.AddDays(days) : null,
            BatchId = batch.Id,
        };
        db.Add(document);
        db.Add(DocumentVersions.From(staged, planned.ShownName, document.Id, batch.SenderUserId));
        var recipient = new DocumentRecipient { DocumentId = document.Id, OrganisationId = planned.School.Id, DeliveredUtc = now };
        db.Add(recipient);
        // A file held for its virus check is announced by nobody until the check passes.
        events.Publish(DocumentsEvents.Sent, new DocumentSent(document.Id, Announce: staged.ScanStatus is not ScanStatus.Failed,
            string.Create(CultureInfo.InvariantCulture, $"To {planned.School.Id}, category {category.Id}, {staged.SizeBytes} bytes, bulk send {batch.Id}")));
    }
}
