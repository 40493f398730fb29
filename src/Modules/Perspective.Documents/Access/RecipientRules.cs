using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Data;

namespace Perspective.Documents.Access;

/// <summary>Builds the <see cref="RecipientRule"/> for a signed-in user from their claims and the categories they receive.</summary>
public sealed class RecipientRules(TenantDbContext db, TimeProvider time)
{
    /// <summary>The user's rule, or null when the sign-in names no user or organisation (they receive nothing).</summary>
    public async Task<RecipientRule?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.UserId() is not { } userId || user.OrganisationId() is not { } organisationId)
        {
            return null;
        }

        var roles = user.RoleNames();
        // A tenant has a handful of categories; their role lists are comma-separated, so they are
        // matched here and the query is given the ids.
        var categories = await db.Set<DocumentCategory>().AsNoTracking()
            .Select(c => new { c.Id, c.RecipientRoles })
            .ToListAsync(cancellationToken);
        var receiving = categories
            .Where(c => DocumentAccess.Split(c.RecipientRoles).Any(roles.Contains))
            .Select(c => c.Id)
            .ToList();
        return new RecipientRule(userId, organisationId, roles, receiving, time.GetUtcNow().UtcDateTime);
    }
}
