using Perspective.Core.Sites;
using Perspective.Core.Tenants;

namespace Perspective.Web.Tenancy;

public sealed class TenantSite(ITenantContext tenant) : ISite
{
    public string Name => tenant.Current.DisplayName;
}
