using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Data;

namespace Perspective.Documents.Inbox;

/// <summary>
/// Who sees the sender's side of a sending act (versions, replace, revoke, expiry, read receipts,
/// reminders): the person who sent it, and colleagues in the sending organisation who hold
/// <see cref="DocumentsPermissions.SendDocuments"/>, so a team can chase its letters when someone
/// is away. Anyone else gets null, the refusal is audited (<c>documents.access-refused</c>) and the
/// endpoint answers 404.
/// </summary>
public sealed class SenderSide(TenantDbContext db, IPermissionGrants grants, DocumentAccess access, IAuditLog audit)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string senderUserId, string senderOrganisationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.UserId() is not { } userId)
        {
            return false;
        }

        return userId == senderUserId
            || (user.OrganisationId() == senderOrganisationId && await grants.HoldsAsync(user, DocumentsPermissions.SendDocuments, cancellationToken));
    }

    /// <summary>The sent batch, when the user is on its sender's side.</summary>
    public async Task<SendBatch?> FindBatchAsync(ClaimsPrincipal user, Guid batchId, CancellationToken cancellationToken = default)
    {
        var batch = await db.Set<SendBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId && b.SentUtc != null, cancellationToken);
        if (batch is not null && await AllowsAsync(user, batch.SenderUserId, batch.SenderOrganisationId, cancellationToken))
        {
            return batch;
        }

        await RefusedAsync(nameof(SendBatch), batchId);
        return null;
    }

    /// <summary>The document, when the user is on its sender's side; a refusal is audited.</summary>
    public async Task<Document?> FindDocumentAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        if (await FindSentAsync(user, id, cancellationToken) is { } document)
        {
            return document;
        }

        await RefusedAsync(nameof(Document), id);
        return null;
    }

    /// <summary>The document, when the user is on its sender's side, for a caller that records its own refusal.</summary>
    public async Task<Document?> FindSentAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        var document = await db.Set<Document>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return document is not null && await AllowsAsync(user, document.SenderUserId, document.SenderOrganisationId, cancellationToken) ? document : null;
    }

    /// <summary>
    /// The document and whether the user sees it as a sender, for the document page: the sender's
    /// side first, then <see cref="DocumentAccess.FindOpenableAsync"/> for recipients. Null: 404.
    /// </summary>
    public async Task<(Document Document, bool AsSender)?> FindForPageAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        if (await FindSentAsync(user, id, cancellationToken) is { } sent)
        {
            return (sent, true);
        }

        if (await access.FindOpenableAsync(user, id, cancellationToken) is { } received)
        {
            return (received, false);
        }

        await RefusedAsync(nameof(Document), id);
        return null;
    }

    private Task RefusedAsync(string objectType, Guid id) =>
        audit.RecordNowAsync(DocumentsEvents.AccessRefused, objectType, id.ToString(), cancellationToken: CancellationToken.None);
}
