using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Security;
using Perspective.Users.Invitations;

namespace Perspective.Users.Pages.Admin.Users.Invite;

/// <summary>The end of the invite journey: a confirmation panel, shown once after sending.</summary>
public sealed class InvitationSentModel(IPermissionGrants grants) : PageModel
{
    [TempData(Key = InvitationSent.Key)]
    public string? Sent { get; set; }

    public InvitationSent? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await Inviter.FindAsync(grants, User, cancellationToken) is null)
        {
            return Forbid();
        }

        Result = InvitationSent.Parse(Sent);
        return Result is null ? LocalRedirect(Url.Content("~/admin/users/invite")) : Page();
    }
}
