using System.Globalization;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Events;
using Perspective.Documents.Notifications;

namespace Perspective.Documents.Sending;

/// <summary>
/// Sends one document to one organisation, every open school or a group: one document, one
/// version and one blob, with a recipient row per organisation so each has its own read receipt.
/// Bad input comes back as problems, with nothing stored; the batch, the document, its version,
/// its recipient rows and the sent event commit together; the audit trail and the emails follow the event.
/// </summary>
public sealed class DocumentSender(
    TenantDbContext db,
    SendChecks checks,
    UploadIntake uploads,
    IEventPublisher events,
    TimeProvider time)
{
    public async Task<SendResult> SendAsync(SendRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = await checks.CheckAsync(request, cancellationToken);
        if (check.Plan is not { } plan)
        {
            return SendResult.Refused([.. check.Problems]);
        }

        var category = plan.Category;
        var intake = await uploads.TakeAsync(request.Content, request.FileName, category.MaxSizeBytes, DocumentAccess.Split(category.AllowedExtensions).ToList(), cancellationToken);
        if (intake.File is not { } taken)
        {
            return SendResult.Refused(new SendProblem(SendFields.File, intake.Problem!));
        }

        var (batch, document) = Record(plan, taken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The rows never committed, so nothing points at the blob: remove it now rather than
            // leave it for the orphan sweep.
            await uploads.DiscardAsync(taken);
            throw;
        }

        return new SendResult(document.Id, []) { BatchId = batch.Id };
    }

    private (SendBatch Batch, Document Document) Record(SendPlan plan, TakenFile taken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stored = taken.Stored;
        var category = plan.Category;
        var batch = new SendBatch
        {
            Id = Guid.NewGuid(),
            CategoryId = category.Id,
            Title = taken.ShownName,
            Message = plan.Message,
            SenderUserId = plan.SenderUserId,
            SenderOrganisationId = plan.SenderOrganisationId,
            CreatedUtc = now,
            SentUtc = now,
        };
        db.Add(batch);
        var document = new Document
        {
            Id = Guid.NewGuid(),
            CategoryId = category.Id,
            Title = taken.ShownName,
            Message = plan.Message,
            SenderUserId = plan.SenderUserId,
            SenderOrganisationId = plan.SenderOrganisationId,
            SentUtc = now,
            ExpiresUtc = plan.ExpiresUtc,
            RetainUntilUtc = category.RetentionDays is { } days ? now.AddDays(days) : null,
            BatchId = batch.Id,
        };
        db.Add(document);
        db.Add(DocumentVersions.From(taken, document.Id, 1, plan.SenderUserId, now));
        var rows = plan.Recipients.Select(r => new DocumentRecipient
        {
            DocumentId = document.Id,
            OrganisationId = r.OrganisationId,
            RoleName = r.RoleName,
            UserId = r.UserId,
            DeliveredUtc = now,
        }).ToList();
        db.AddRange(rows);
        // Its recipients are emailed once this commits (see NewDocumentEmails), unless the file is held for its virus check.
        events.Publish(DocumentsEvents.Sent, new DocumentSent(document.Id, Announce: taken.ScanStatus is not ScanStatus.Failed, AuditDetails(plan, stored.PlaintextLength)));
        return (batch, document);
    }

    /// <summary>Whom and what, never the file name or message (either can name a child).</summary>
    private static string AuditDetails(SendPlan plan, long bytes)
    {
        var recipients = plan.Recipients;
        var to = recipients.Count == 1
            ? $"1 recipient: {recipients[0].OrganisationId}"
            : string.Create(CultureInfo.InvariantCulture, $"{recipients.Count} recipients");
        var within = recipients[0] switch
        {
            { UserId: { } userId } => $" (person {userId})",
            { RoleName: { } role } => $" ({role})",
            _ => "",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{to}{within}, category {plan.Category.Id}, {bytes} bytes");
    }
}
