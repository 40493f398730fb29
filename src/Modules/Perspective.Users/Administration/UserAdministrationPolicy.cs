using Microsoft.AspNetCore.Authorization;
using Perspective.Core.Security;

namespace Perspective.Users.Administration;

/// <summary>The user pages' policy: ManageUsers or ManageOwnSchoolUsers.</summary>
public static class UserAdministrationPolicy
{
    public const string Name = "Perspective.Users.Administer";

    public static AuthorizationPolicy Build() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new UserAdministrationRequirement())
        .Build();
}

public sealed class UserAdministrationRequirement : IAuthorizationRequirement;

/// <summary>Succeeds when one of the user's roles holds either permission that lets them manage accounts.</summary>
public sealed class UserAdministrationHandler(IPermissionGrants grants) : AuthorizationHandler<UserAdministrationRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, UserAdministrationRequirement requirement)
    {
        if (await grants.HoldsAsync(context.User, UsersPermissions.ManageUsers)
            || await grants.HoldsAsync(context.User, UsersPermissions.ManageOwnSchoolUsers))
        {
            context.Succeed(requirement);
        }
    }
}
