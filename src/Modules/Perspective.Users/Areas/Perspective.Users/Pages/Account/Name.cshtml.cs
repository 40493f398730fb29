using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Users.Account;

namespace Perspective.Users.Pages.Account;

/// <summary>The signed-in person changes the name the portal shows for them.</summary>
public sealed class ChangeNameModel(UserManager<PerspectiveUser> users, SignInManager<PerspectiveUser> signIn, TenantDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your full name")]
    [StringLength(200, ErrorMessage = "Your name must be 200 characters or fewer")]
    public string? FullName { get; set; }

    [TempData(Key = AccountModel.BannerKey)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        FullName = user.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        var name = FullName?.Trim();
        if (ModelState.IsValid && string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError(nameof(FullName), "Enter your full name");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var old = user.DisplayName;
        user.DisplayName = name!;
        audit.Record(UsersEvents.NameChanged, "user", user.Id, $"From {old} to {name}");
        await db.SaveChangesAsync(cancellationToken);
        // The name is a claim of the cookie: issue it again so pages show the new name at once.
        await CurrentSession.RenewCookieAsync(HttpContext, signIn, user);
        Banner = "Your name has been changed";
        return LocalRedirect(Url.Content("~/account"));
    }
}
