using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Files;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Categories;
using Perspective.Documents.Data;
using Perspective.Documents.Files;
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
    FileTypeChecker fileTypes,
    EncryptedFiles files,
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

        if (string.IsNullOrWhiteSpace(request.FileName))
        {
            return SendResult.Refused(new SendProblem(SendFields.File, "Select a file"));
        }

        await using var upload = await SpooledUpload.CopyAsync(request.Content, category.MaxSizeBytes, cancellationToken);
        if (upload is null)
        {
            return SendResult.Refused(new SendProblem(SendFields.File, $"The selected file must be smaller than {Sizes.Show(category.MaxSizeBytes)}"));
        }

        var check = await fileTypes.CheckAsync(request.FileName, upload.Content, DocumentAccess.Split(category.AllowedExtensions), cancellationToken);
        if (!check.IsAllowed)
        {
            return SendResult.Refused(new SendProblem(SendFields.File, check.Problem!));
        }

        EncryptedFile stored;
        try
        {
            stored = await files.WriteAsync(upload.Content, category.MaxSizeBytes, cancellationToken);
        }
        catch (BlobTooLargeException)
        {
            return SendResult.Refused(new SendProblem(SendFields.File, $"The selected file must be smaller than {Sizes.Show(category.MaxSizeBytes)}"));
        }

        var document = Record(request, category, senderId, senderOrganisationId, stored, check.Type!);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The rows never committed, so nothing points at the blob: remove it now rather than
            // leave it for the orphan sweep.
            await files.DeleteAsync(stored.StorageName, CancellationToken.None);
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

    private Document Record(SendRequest request, DocumentCategory category, string senderId, string senderOrganisationId, EncryptedFile stored, FileType type)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var name = SafeFileNames.Shown(request.FileName);
        var document = new Document
        {
            Id = Guid.NewGuid(),
            CategoryId = category.Id,
            Title = name,
            SenderUserId = senderId,
            SenderOrganisationId = senderOrganisationId,
            SentUtc = now,
            RetainUntilUtc = category.RetentionDays is { } days ? now.AddDays(days) : null,
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
            FileName = name,
            ContentType = MediaTypes.For(type),
            SizeBytes = stored.PlaintextLength,
            Sha256 = stored.Sha256OfPlaintext,
            UploadedByUserId = senderId,
            UploadedUtc = now,
            ScanStatus = ScanStatus.NotScanned,
        });
        db.Add(new DocumentRecipient
        {
            DocumentId = document.Id,
            OrganisationId = request.RecipientOrganisationId!,
            RoleName = request.RecipientRoleName,
            DeliveredUtc = now,
        });
        audit.Record("documents.sent", nameof(Document), document.Id.ToString(), $"To {request.RecipientOrganisationId}{(request.RecipientRoleName is { } r ? $" ({r})" : "")}, category {category.Id}, {stored.PlaintextLength} bytes");
        return document;
    }
}
