using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Users.Invitations;

namespace Perspective.Users.Pages.Admin.Users.Invite;

/// <summary>
/// The invite form, for LA admins (any school or team, by id, URN or DfE number) and headteachers
/// (always their own school). Valid answers go to check your answers; nothing is created here.
/// </summary>
public sealed class InviteModel(IPermissionGrants grants, IOrganisationDirectory organisations, InvitableRoles roles, InvitationChecks checks) : PageModel
{
    [BindProperty]
    [StringLength(100, ErrorMessage = "School or team must be 100 characters or fewer")]
    public string? Organisation { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter their full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string? FullName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter their email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select a role")]
    public string? Role { get; set; }

    public bool EveryOrganisation { get; private set; }

    public OrganisationInfo? OwnSchool { get; private set; }

    public IReadOnlyList<SelectListItem> RoleChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? organisation, CancellationToken cancellationToken)
    {
        if (await Inviter.FindAsync(grants, User, cancellationToken) is not { } inviter)
        {
            return Forbid();
        }

        // Back from check your answers to change something: the form shows every answer given.
        if (InvitationAnswers.Peek(TempData) is { } answers)
        {
            (Organisation, FullName, Email, Role) = answers;
        }
        else
        {
            Organisation = organisation;
        }

        await LoadAsync(inviter, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await Inviter.FindAsync(grants, User, cancellationToken) is not { } inviter)
        {
            return Forbid();
        }

        // The address is only looked up once it is a well-formed one.
        var email = ModelState.GetFieldValidationState(nameof(Email)) == ModelValidationState.Valid ? Email?.Trim() : null;
        var (organisation, problems) = await checks.CheckAsync(organisations, inviter, Organisation, email, Role, cancellationToken);
        foreach (var (field, message) in problems)
        {
            // A field that already failed its own validation keeps that first, plainer message.
            if (field.Length == 0 || ModelState.GetFieldValidationState(field) != ModelValidationState.Invalid)
            {
                ModelState.AddModelError(field, message);
            }
        }

        if (!ModelState.IsValid || organisation is null)
        {
            await LoadAsync(inviter, cancellationToken);
            return Page();
        }

        new InvitationAnswers(organisation.Id, FullName!.Trim(), email!, Role!).Keep(TempData);
        return LocalRedirect(Url.Content("~/admin/users/invite/check-answers"));
    }

    private async Task LoadAsync(Inviter inviter, CancellationToken cancellationToken)
    {
        EveryOrganisation = inviter.EveryOrganisation;
        OrganisationInfo? organisation;
        if (inviter.EveryOrganisation)
        {
            organisation = string.IsNullOrWhiteSpace(Organisation) ? null : await organisations.FindByReferenceAsync(Organisation.Trim(), cancellationToken);
        }
        else
        {
            organisation = OwnSchool = inviter.OwnOrganisationId is null ? null : await organisations.FindAsync(inviter.OwnOrganisationId, cancellationToken);
        }

        RoleChoices = (await roles.ForAsync(organisation, inviter, cancellationToken))
            .Select(role => new SelectListItem(role, role))
            .ToList();
    }
}
