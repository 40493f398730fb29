using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;

namespace Perspective.Audit;

public sealed class Startup : ModuleStartup
{
    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(AuditPermissions.ViewAuditTrail, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
    ];

    public override void BuildAdminMenu(MenuBuilder menu) =>
        menu.Add("Audit trail", "/admin/audit", AuditPermissions.ViewAuditTrail, position: 900);
}
