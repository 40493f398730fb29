using Perspective.Core.Security;

namespace Perspective.Users;

public static class UsersPermissions
{
    /// <summary>Invite, deactivate and manage the accounts of every organisation (LA admins).</summary>
    public static readonly Permission ManageUsers = new("ManageUsers", "Manage every organisation's accounts");

    /// <summary>Invite and manage the accounts of one's own school, within its account limit (headteachers).</summary>
    public static readonly Permission ManageOwnSchoolUsers = new("ManageOwnSchoolUsers", "Manage your own school's accounts");
}
