using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Perspective.Core.Security;

/// <summary>Succeeds when one of the user's roles holds the required permission.</summary>
public sealed class PermissionHandler(IPermissionGrants grants) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        if (grants.RolesGrant(roles, requirement.PermissionName))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
