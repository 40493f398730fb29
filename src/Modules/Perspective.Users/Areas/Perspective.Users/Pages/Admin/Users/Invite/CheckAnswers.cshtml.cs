using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Users.Invitations;

namespace Perspective.Users.Pages.Admin.Users.Invite;

/// <summary>
/// Shows the answers with links to change them, then checks them again (another admin may have used
/// the school's last place meanwhile) and sends the invitation.
/// </summary>
public sealed class CheckInvitationModel(IPermissionGrants grants, IOrganisationDirectory organisations, InvitationChecks checks, InvitationSender sender) : PageModel
{
    public InvitationAnswers? Answers { get; private set; }

    public bool EveryOrganisation { get; private set; }

    public string OrganisationName { get; private set; } = "";

    [TempData(Key = InvitationSent.Key)]
    public string? Sent { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await Inviter.FindAsync(grants, User, cancellationToken) is not { } inviter)
        {
            return Forbid();
        }

        return await LoadAsync(inviter, cancellationToken) ? Page() : StartAgain();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await Inviter.FindAsync(grants, User, cancellationToken) is not { } inviter)
        {
            return Forbid();
        }

        if (!await LoadAsync(inviter, cancellationToken))
        {
            return StartAgain();
        }

        var answers = Answers!;
        var (organisation, problems) = await checks.CheckAsync(organisations, inviter, answers.OrganisationId, answers.Email, answers.Role, cancellationToken);
        if (problems.Count > 0 || organisation is null)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError("", problem.Message);
            }

            return Page();
        }

        var user = await sender.SendAsync(inviter, organisation, answers, cancellationToken);
        InvitationAnswers.Forget(TempData);
        Sent = new InvitationSent(user.Id, answers.Email).ToString();
        return LocalRedirect(Url.Content("~/admin/users/invite/sent"));
    }

    private async Task<bool> LoadAsync(Inviter inviter, CancellationToken cancellationToken)
    {
        Answers = InvitationAnswers.Peek(TempData);
        EveryOrganisation = inviter.EveryOrganisation;
        if (Answers is null)
        {
            return false;
        }

        OrganisationName = (await organisations.FindAsync(Answers.OrganisationId, cancellationToken))?.Name ?? Answers.OrganisationId;
        return true;
    }

    // The answers have gone (the cookie expired or was never set): start the journey again.
    private LocalRedirectResult StartAgain() => LocalRedirect(Url.Content("~/admin/users/invite"));
}
