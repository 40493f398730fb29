using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Users.Administration;

namespace Perspective.Users.Invitations;

/// <summary>
/// The roles someone may be invited to: those that suit the organisation (school roles for a school,
/// LA roles for an LA team) plus any custom roles. A headteacher may not invite a headteacher, nor to
/// any role that would let the new account manage every organisation's users.
/// </summary>
public sealed class InvitableRoles(RoleManager<IdentityRole> roles, SchoolManagerRoles schoolManagerRoles)
{
    private static readonly string[] SchoolRoles = [BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser, BuiltInRoles.SchoolStaff];

    private static readonly string[] LaRoles = [BuiltInRoles.LaAdmin, BuiltInRoles.LaEditor, BuiltInRoles.LaOfficer, BuiltInRoles.VirtualSchoolOfficer];

    /// <summary>The roles for an organisation, or for any organisation when it is not known yet.</summary>
    public async Task<IReadOnlyList<string>> ForAsync(OrganisationInfo? organisation, Inviter inviter, CancellationToken cancellationToken = default)
    {
        var builtIn = organisation switch
        {
            null => SchoolRoles.Concat(LaRoles),
            { IsSchool: true } => SchoolRoles,
            _ => LaRoles,
        };
        var custom = (await roles.Roles.Select(r => r.Name).ToListAsync(cancellationToken))
            .OfType<string>()
            .Where(name => !BuiltInRoles.All.Contains(name, StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.OrdinalIgnoreCase);
        var offered = builtIn.Concat(custom).ToList();
        if (inviter.EveryOrganisation)
        {
            return offered;
        }

        var allowed = new List<string>();
        foreach (var role in offered)
        {
            if (await schoolManagerRoles.MayGrantAsync(role, cancellationToken))
            {
                allowed.Add(role);
            }
        }

        return allowed;
    }
}
