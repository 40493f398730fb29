using Perspective.Core.Security;

namespace Perspective.Tenants;

public static class TenantsPermissions
{
    public static readonly Permission ManageTenants = new("ManageTenants", "Create, disable and delete tenants");

    public static readonly Permission ManageFeatures = new("ManageFeatures", "Switch modules on and off");

    public static readonly Permission ManageJobs = new("ManageJobs", "See background jobs that failed and run them again");
}
