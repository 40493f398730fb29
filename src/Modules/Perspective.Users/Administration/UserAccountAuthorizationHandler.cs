using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Perspective.Core.Accounts;
using Perspective.Core.Organisations;
using Perspective.Core.Security;

namespace Perspective.Users.Administration;

/// <summary>
/// The one check for acting on a user account: LA admins (ManageUsers) act on every organisation's
/// accounts, headteachers (ManageOwnSchoolUsers) on their own school's.
/// </summary>
public sealed class UserAccountAuthorizationHandler(IPermissionGrants grants)
    : AuthorizationHandler<OperationAuthorizationRequirement, PerspectiveUser>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PerspectiveUser resource)
    {
        if (requirement == UserAccountOperations.Manage
            && await grants.AllowsAsync(context.User, resource.OrganisationId, UsersPermissions.ManageUsers, UsersPermissions.ManageOwnSchoolUsers))
        {
            context.Succeed(requirement);
        }
    }
}
