using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Files;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Categories;
using Perspective.Documents.Data;
using Perspective.Documents.Files;
using Perspective.Documents.Notifications;
using Perspective.Documents.Storage;

namespace Perspective.Documents.Sending;

/// <summary>
/// Sends one document to one organisation. Bad input comes back as problems, with nothing stored;
/// a sent document, its first version, its recipient row and the audit event commit together.
/// </summary>
public sealed class DocumentSender(
    TenantDbContext db,
    CategoryStore categories,
    IOrganisationDirectory organisations,
    UploadIntake uploads,
    DocumentNotifier notifier,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<SendResult> SendAsync(SendRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Sender.UserId() is not { } senderId || request.Sender.OrganisationId() is not { } senderOrganisationId)
        {
            return SendResult.Refused(new SendProblem(SendFields.Category, "You cannot send documents"));
        }

        var category = request.CategoryId is { } categoryId ? await categories.FindAsync(categoryId, cancellationToken) : null;
        if (category is null || category.IsArchived)
        {
            return SendResult.Refused(new SendProblem(SendFields.Category, "Select a category"));
        }

        if (!DocumentAccess.Split(category.SenderRoles).Intersect(request.Sender.RoleNames(), StringComparer.Ordinal).Any())
        {
            return SendResult.Refused(new SendProblem(SendFields.Category, "Select a category you can send documents in"));
        }

        var problems = await RecipientProblemsAsync(request, category, cancellationToken);
        if (problems.Count > 0)
        {
            return SendResult.Refused([.. problems]);
        }

        var intake = await uploads.TakeAsync(request.Content, request.FileName, category.MaxSizeBytes, DocumentAccess.Split(category.AllowedExtensions).ToList(), cancellationToken);
        if (intake.File is not { } taken)
        {
            return SendResult.Refused(new SendProblem(SendFields.File, intake.Problem!));
        }

        var (document, recipient) = Record(request, category, senderId, senderOrganisationId, taken);
        if (taken.ScanStatus is not ScanStatus.Failed)
        {
            await notifier.NewDocumentAsync(document, category, [recipient], cancellationToken);
        }

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

        return new SendResult(document.Id, []);
    }

    private async Task<List<SendProblem>> RecipientProblemsAsync(SendRequest request, DocumentCategory category, CancellationToken cancellationToken)
    {
        var problems = new List<SendProblem>();
        var recipient = string.IsNullOrWhiteSpace(request.RecipientOrganisationId)
            ? null
            : await organisations.FindAsync(request.RecipientOrganisationId, cancellationToken);
        if (recipient is null || !recipient.IsOpen)
        {
            problems.Add(new SendProblem(SendFields.Recipient, "Select a school or team"));
        }

        if (request.RecipientRoleName is { } role
            && !DocumentAccess.Split(category.RecipientRoles).Contains(role, StringComparer.Ordinal))
        {
            problems.Add(new SendProblem(SendFields.Role, "Select a role that receives documents in this category"));
        }

        return problems;
    }

    private (Document Document, DocumentRecipient Recipient) Record(SendRequest request, DocumentCategory category, string senderId, string senderOrganisationId, TakenFile taken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stored = taken.Stored;
        var batch = new SendBatch
        {
            Id = Guid.NewGuid(),
            CategoryId = category.Id,
            Title = taken.ShownName,
            SenderUserId = senderId,
            SenderOrganisationId = senderOrganisationId,
            CreatedUtc = now,
            SentUtc = now,
        };
        db.Add(batch);
        var document = new Document
        {
            Id = Guid.NewGuid(),
            CategoryId = category.Id,
            Title = taken.ShownName,
            SenderUserId = senderId,
            SenderOrganisationId = senderOrganisationId,
            SentUtc = now,
            RetainUntilUtc = category.RetentionDays is { } days ? now.AddDays(days) : null,
            BatchId = batch.Id,
        };
        db.Add(document);
        db.Add(new DocumentVersion
        {
            Id = Guid.NewGuid(),
            DocumentId = document.Id,
            Number = 1,
            StorageName = stored.StorageName,
            WrappedKey = stored.WrappedKey,
            KeyVersion = stored.KeyVersion,
            FileName = taken.ShownName,
            ContentType = taken.ContentType,
            SizeBytes = stored.PlaintextLength,
            Sha256 = stored.Sha256OfPlaintext,
            UploadedByUserId = senderId,
            UploadedUtc = now,
            ScanStatus = taken.ScanStatus,
        });
        var recipient = new DocumentRecipient
        {
            DocumentId = document.Id,
            OrganisationId = request.RecipientOrganisationId!,
            RoleName = request.RecipientRoleName,
            DeliveredUtc = now,
        };
        db.Add(recipient);
        audit.Record("documents.sent", nameof(Document), document.Id.ToString(), $"To {request.RecipientOrganisationId}{(request.RecipientRoleName is { } r ? $" ({r})" : "")}, category {category.Id}, {stored.PlaintextLength} bytes");
        return (document, recipient);
    }
}
