using System.Security.Claims;
using Perspective.Core.Security;

namespace Perspective.Core.Organisations;

/// <summary>
/// The one rule for anything a school owns. A user may act on an organisation's resource when a
/// role grants the "every organisation" permission (LA staff), or grants the "own organisation"
/// permission and the resource is their own organisation's. Each module's resource handler uses
/// this; pages answer 404, never 403, when it refuses, so ids cannot be probed.
/// </summary>
public static class OrganisationAccess
{
    public static async Task<bool> AllowsAsync(
        this IPermissionGrants grants,
        ClaimsPrincipal user,
        string? resourceOrganisationId,
        Permission everyOrganisation,
        Permission? ownOrganisation,
        CancellationToken cancellationToken = default)
    {
        if (await grants.HoldsAsync(user, everyOrganisation, cancellationToken))
        {
            return true;
        }

        return ownOrganisation is not null
            && resourceOrganisationId is not null
            && user.OrganisationId() == resourceOrganisationId
            && await grants.HoldsAsync(user, ownOrganisation, cancellationToken);
    }
}
