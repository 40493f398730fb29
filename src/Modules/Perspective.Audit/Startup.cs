using Perspective.Audit.Cli;
using Perspective.Core.Cli;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;

namespace Perspective.Audit;

public sealed class Startup : ModuleStartup
{
    public override IEnumerable<Perspective.Core.Events.EventDescriptor> Events => AuditTrailEvents.All;

    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(AuditPermissions.ViewAuditTrail, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
        new(AuditPermissions.RetryEventDeliveries, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
        new(AuditPermissions.ViewSchoolAuditTrail, [BuiltInRoles.Headteacher], PermissionScope.Schools),
    ];

    public override IEnumerable<CliVerb> CliVerbs => [AuditVerbs.Verb];

    public override void BuildAdminMenu(MenuBuilder menu)
    {
        menu.Add("Audit trail", "/admin/audit", AuditPermissions.ViewAuditTrail, position: 900);
        menu.Add("Failed event deliveries", "/admin/audit/deliveries", AuditPermissions.RetryEventDeliveries, position: 905);
        menu.Add("Your school's audit trail", "/audit/school", AuditPermissions.ViewSchoolAuditTrail, position: 910);
    }
}
