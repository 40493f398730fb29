using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Theme.TagHelpers;

namespace Perspective.Users.Pages.Account;

/// <summary>The signed-in person chooses immediate alerts or a daily summary for informational emails.</summary>
public sealed class EmailAlertsModel(UserManager<PerspectiveUser> users, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Select how you want to get email alerts")]
    public EmailAlerts? Choice { get; set; }

    [TempData]
    public bool Saved { get; set; }

    public IReadOnlyList<SelectListItem> Choices { get; } =
    [
        new GovUkChoice(nameof(EmailAlerts.Immediate), "One email for each alert, when it happens"),
        new GovUkChoice(nameof(EmailAlerts.DailyDigest), "One summary email a day", "Sent each morning when there is something new"),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Choice = user.EmailAlerts;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Choice is not { } choice || !Enum.IsDefined(choice))
        {
            // One message for a missing, unknown or tampered value, in place of the binder's own.
            ModelState.Remove(nameof(Choice));
            ModelState.AddModelError(nameof(Choice), "Select how you want to get email alerts");
            return Page();
        }

        user.EmailAlerts = choice;
        await users.UpdateAsync(user);
        await audit.RecordNowAsync(UsersEvents.EmailAlertsChanged, "user", user.Id, choice.ToString());
        Saved = true;
        return RedirectToPage();
    }
}
