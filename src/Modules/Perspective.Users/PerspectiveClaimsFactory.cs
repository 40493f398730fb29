using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Perspective.Core.Accounts;
using Perspective.Core.Security;
using Perspective.Core.Tenants;

namespace Perspective.Users;

/// <summary>Adds to a signed-in user the claims Perspective relies on: display name, organisation and tenant.</summary>
public sealed class PerspectiveClaimsFactory(
    UserManager<PerspectiveUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    ITenantContext tenant)
    : UserClaimsPrincipalFactory<PerspectiveUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PerspectiveUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        // The name shown in pages and recorded in the audit trail is the person's, not their email.
        if (identity.FindFirst(identity.NameClaimType) is { } name)
        {
            identity.RemoveClaim(name);
        }

        identity.AddClaim(new Claim(identity.NameClaimType, user.DisplayName));
        identity.AddClaim(new Claim(PerspectiveClaimTypes.Tenant, tenant.Current.Name));
        if (user.OrganisationId is not null)
        {
            identity.AddClaim(new Claim(PerspectiveClaimTypes.OrganisationId, user.OrganisationId));
        }

        return identity;
    }
}
