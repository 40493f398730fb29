using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Data;

namespace Perspective.Documents.Access;

/// <summary>
/// The one rule for who may open a document, used by every endpoint that takes a document id. A
/// refusal is null, never an exception, so the endpoint answers 404 and ids cannot be probed.
/// </summary>
public sealed class DocumentAccess(TenantDbContext db, RecipientRules rules)
{
    /// <summary>
    /// The document when the user sent it, or when it is live (not revoked, not expired) and a
    /// recipient row lets them open it (<see cref="RecipientRowAsync"/>); otherwise null.
    /// </summary>
    public async Task<Document?> FindOpenableAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.UserId() is not { } userId)
        {
            return null;
        }

        var document = await db.Set<Document>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        if (document.SenderUserId == userId)
        {
            return document;
        }

        return await RecipientRowAsync(user, document, cancellationToken) is null ? null : document;
    }

    /// <summary>
    /// The recipient row that lets the user open the document, or null, by <see cref="RecipientRule"/>
    /// (the same rule the received list runs in the database). A row names the user's organisation
    /// and either the user, or one of their roles, or nobody in particular; rows without a named
    /// user also need the user to hold one of the category's recipient roles, so a School staff
    /// member does not see a letter meant for Headteachers. Revoked and expired documents have no
    /// openable row: only their sender still sees them.
    /// </summary>
    public async Task<DocumentRecipient?> RecipientRowAsync(ClaimsPrincipal user, Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(document);
        if (await rules.ForAsync(user, cancellationToken) is not { } rule)
        {
            return null;
        }

        var rows = await db.Set<DocumentRecipient>()
            .Where(r => r.DocumentId == document.Id && r.OrganisationId == rule.OrganisationId)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return rows.FirstOrDefault(r => rule.Allows(document, r));
    }

    internal static IEnumerable<string> Split(string roles) =>
        roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
