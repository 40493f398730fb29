using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Data;

namespace Perspective.Documents.Requests;

/// <summary>
/// The one rule for who may see a request for a file, used by every page and endpoint that takes a
/// request id. A refusal is null, never an exception, so the caller answers 404 and ids cannot be probed.
/// </summary>
public sealed class FileRequestAccess(TenantDbContext db, IPermissionGrants grants, IRefusalAudit refusals)
{
    /// <summary>Audits that the user was answered 404 for a request id, as refused documents are.</summary>
    public Task RefusedAsync(int id) =>
        refusals.RecordAsync(DocumentsEvents.AccessRefused, nameof(FileRequest), id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Whether the user asks schools for files (LA staff who send documents).</summary>
    public Task<bool> AsksAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        grants.HoldsAsync(user, DocumentsPermissions.SendDocuments, cancellationToken);

    /// <summary>Whether the user may answer requests made to their school (before looking at any one request).</summary>
    public async Task<bool> AnswersAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await grants.HoldsAsync(user, DocumentsPermissions.SendDocumentsToLa, cancellationToken)
        || await grants.HoldsAsync(user, DocumentsPermissions.ReceiveDocuments, cancellationToken);

    /// <summary>
    /// The request when the user may manage it: they send documents and it was made by their own
    /// organisation (any officer of the team can follow it up, not only its creator); otherwise null.
    /// </summary>
    public async Task<FileRequest?> ForAskerAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.OrganisationId() is not { } organisationId || !await AsksAsync(user, cancellationToken))
        {
            return null;
        }

        return await db.Set<FileRequest>().FirstOrDefaultAsync(r => r.Id == id && r.CreatedByOrganisationId == organisationId, cancellationToken);
    }

    /// <summary>
    /// The request and the school's answer row when the user may answer it: their school was asked,
    /// they hold a school documents permission, and one of their roles sends or receives in the
    /// request's category (the people the request was emailed to); otherwise null.
    /// </summary>
    public async Task<SchoolsRequest?> ForSchoolAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.OrganisationId() is not { } organisationId || !await AnswersAsync(user, cancellationToken))
        {
            return null;
        }

        var row = await db.Set<FileRequestRecipient>().FirstOrDefaultAsync(r => r.FileRequestId == id && r.OrganisationId == organisationId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var request = await db.Set<FileRequest>().FirstAsync(r => r.Id == id, cancellationToken);
        var category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == request.CategoryId, cancellationToken);
        return TakesPart(user, category) ? new SchoolsRequest(request, row, category) : null;
    }

    /// <summary>Whether one of the user's roles sends or receives documents of the category.</summary>
    public static bool TakesPart(ClaimsPrincipal user, DocumentCategory category)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(category);
        var roles = user.RoleNames();
        return DocumentAccess.Split(category.RecipientRoles).Concat(DocumentAccess.Split(category.SenderRoles)).Any(roles.Contains);
    }
}

/// <summary>A request as one asked school sees it: the request, the school's answer row and the category.</summary>
public sealed record SchoolsRequest(FileRequest Request, FileRequestRecipient Answer, DocumentCategory Category);
