using Microsoft.AspNetCore.Authorization;

namespace Perspective.Core.Security;

/// <summary>Succeeds when one of the user's roles holds the required permission.</summary>
public sealed class PermissionHandler(IPermissionGrants grants) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await grants.RolesGrantAsync(context.User.RoleNames(), requirement.PermissionName))
        {
            context.Succeed(requirement);
        }
    }
}
