using Perspective.Audit;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;

namespace Perspective.Noticeboard.Integrations;

/// <summary>
/// What the noticeboard adds while the Audit module is on too: an admin menu entry for the board's
/// history, which is the audit trail filtered to pinned notices. Without the Audit module there is
/// no trail to link to, so the entry is not there.
/// </summary>
public sealed class AuditIntegration : ModuleStartup
{
    public const string MenuText = "Noticeboard history";

    public override void BuildAdminMenu(MenuBuilder menu) =>
        menu.Add(MenuText, "/admin/audit?Kind=" + NoticeboardEvents.NoticePinned.Name, AuditPermissions.ViewAuditTrail, position: 915);
}
