using System.Security.Claims;
using Perspective.Core.Security;

namespace Perspective.Documents.Sending;

/// <summary>Whom a user may send documents to, from the permissions their roles hold.</summary>
public enum SenderReach
{
    None,

    /// <summary><see cref="DocumentsPermissions.SendDocumentsToLa"/> only: one LA team at a time (a school sending to the LA).</summary>
    LaTeams,

    /// <summary><see cref="DocumentsPermissions.SendDocuments"/>: any open school or team, every school, a group.</summary>
    Everyone,
}

public static class SenderReaches
{
    public static async Task<SenderReach> OfAsync(this IPermissionGrants grants, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grants);
        if (await grants.HoldsAsync(user, DocumentsPermissions.SendDocuments, cancellationToken))
        {
            return SenderReach.Everyone;
        }

        return await grants.HoldsAsync(user, DocumentsPermissions.SendDocumentsToLa, cancellationToken) ? SenderReach.LaTeams : SenderReach.None;
    }
}
