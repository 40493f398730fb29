using System.Security.Claims;

namespace Perspective.Core.Security;

/// <summary>What Perspective reads from a signed-in user's claims.</summary>
public static class UserClaims
{
    public static IReadOnlyCollection<string> RoleNames(this ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    /// <summary>The organisation the user acts for, or null (platform admins, and anyone signed out).</summary>
    public static string? OrganisationId(this ClaimsPrincipal user) => user.FindFirst(PerspectiveClaimTypes.OrganisationId)?.Value;

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    /// <summary>Whether the user holds the permission through any of their roles.</summary>
    public static Task<bool> HoldsAsync(this IPermissionGrants grants, ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default) =>
        grants.RolesGrantAsync(user.RoleNames(), permission.Name, cancellationToken);
}
