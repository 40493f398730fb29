using System.Globalization;
using System.Security.Claims;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Events;
using Perspective.Documents.Notifications;
using Perspective.Documents.Sending;

namespace Perspective.Documents.Requests;

/// <summary>
/// A school's answer to a request: the file becomes a document sent by the school to the person who
/// asked (so the one access rule lets them open it), the school's answer row points at it, and the
/// requester is emailed. A second answer while the request is open replaces the link; the earlier
/// document stays in the school's sent documents.
/// </summary>
public sealed class AnswerSubmitter(TenantDbContext db, UploadIntake uploads, IEventPublisher events, TimeProvider time)
{
    public const int MaxCommentLength = 1000;

    /// <summary>The problem with the comment, checked before any file byte is read; null when it is fine.</summary>
    public static string? CommentProblem(string? comment) =>
        comment?.Trim().Length > MaxCommentLength ? $"Comment must be {MaxCommentLength} characters or fewer" : null;

    /// <summary>The new document's id, or the GOV.UK message for the file field (nothing was stored).</summary>
    public async Task<(Guid? DocumentId, string? Problem)> SubmitAsync(ClaimsPrincipal user, SchoolsRequest asked, Stream content, string? fileName, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(asked);
        var (request, answer, category) = asked;
        if (request.ClosedUtc is not null)
        {
            return (null, "This request is closed. You can no longer upload a file");
        }

        var intake = await uploads.TakeAsync(content, fileName, category.MaxSizeBytes, DocumentAccess.Split(request.AllowedExtensions).ToList(), cancellationToken);
        if (intake.File is not { } taken)
        {
            return (null, intake.Problem);
        }

        var document = Record(user, asked, taken, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing committed, so nothing points at the blob: remove it now.
            await uploads.DiscardAsync(taken);
            throw;
        }

        return (document.Id, null);
    }

    private Document Record(ClaimsPrincipal user, SchoolsRequest asked, TakenFile taken, string? comment)
    {
        var (request, answer, category) = asked;
        var userId = user.UserId()!;
        var now = time.GetUtcNow().UtcDateTime;
        var stored = taken.Stored;
        var batch = new SendBatch
        {
            Id = Guid.NewGuid(),
            CategoryId = category.Id,
            Title = taken.ShownName,
            SenderUserId = userId,
            SenderOrganisationId = answer.OrganisationId,
            CreatedUtc = now,
            SentUtc = now,
        };
        var document = new Document
        {
            Id = Guid.NewGuid(),
            CategoryId = category.Id,
            Title = taken.ShownName,
            SenderUserId = userId,
            SenderOrganisationId = answer.OrganisationId,
            SentUtc = now,
            RetainUntilUtc = category.RetentionDays is { } days ? now.AddDays(days) : null,
            BatchId = batch.Id,
            FileRequestId = request.Id,
        };
        var recipient = new DocumentRecipient
        {
            DocumentId = document.Id,
            OrganisationId = request.CreatedByOrganisationId,
            UserId = request.CreatedByUserId,
            DeliveredUtc = now,
        };
        db.AddRange(batch, document, recipient);
        db.Add(DocumentVersions.From(taken, document.Id, 1, userId, now));

        var replaced = answer.DocumentId;
        answer.SubmittedUtc = now;
        answer.DocumentId = document.Id;
        answer.Comment = comment;
        // The LA is told once this commits (see NewDocumentEmails), unless the file is held for its virus check.
        events.Publish(DocumentsEvents.FileSubmitted, new RequestAnswered(request.Id, document.Id, Announce: taken.ScanStatus is not ScanStatus.Failed,
            $"From {answer.OrganisationId}, document {document.Id}{(replaced is { } old ? $", replacing {old}" : "")}, {stored.PlaintextLength} bytes"));
        return document;
    }
}
