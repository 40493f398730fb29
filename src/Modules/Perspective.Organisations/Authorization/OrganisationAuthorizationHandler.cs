using Microsoft.AspNetCore.Authorization;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Organisations.Data;

namespace Perspective.Organisations.Authorization;

/// <summary>The module's one resource check for organisations, by the kernel's rule for anything a school owns.</summary>
public sealed class OrganisationAuthorizationHandler(IPermissionGrants grants)
    : AuthorizationHandler<ViewOrganisationRequirement, Organisation>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ViewOrganisationRequirement requirement, Organisation resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        if (await grants.AllowsAsync(context.User, resource.Id, OrganisationPermissions.ViewAllOrganisations, OrganisationPermissions.ViewOwnOrganisation))
        {
            context.Succeed(requirement);
        }
    }
}
