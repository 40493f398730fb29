using Perspective.Core.Security;

namespace Perspective.Users.Administration;

/// <summary>
/// The one rule for what someone who manages only their own school's accounts (a headteacher) may
/// hand out, by invitation or by changing roles: never Headteacher, and never a role that would let
/// the account manage every organisation's users. Used by both, so the two cannot drift apart.
/// </summary>
public sealed class SchoolManagerRoles(IPermissionGrants grants)
{
    public async Task<bool> MayGrantAsync(string role, CancellationToken cancellationToken = default) =>
        role != BuiltInRoles.Headteacher
        && !await grants.RolesGrantAsync([role], UsersPermissions.ManageUsers.Name, cancellationToken);
}
