using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using TwoFactorRecoveryCodes = Perspective.Users.TwoFactor.RecoveryCodes;

namespace Perspective.Users.Pages.Account.TwoFactor;

public sealed class RecoveryCodesModel(UserManager<PerspectiveUser> users, TwoFactorRecoveryCodes codes, TenantDbContext db, Perspective.Users.TwoFactor.ReAuthentication reAuthentication, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [StringLength(1024, ErrorMessage = "Password must be 1024 characters or fewer")]
    public string? Password { get; set; }

    public IReadOnlyList<string>? NewCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { TwoFactorEnabled: true } ? Page() : RedirectToPage("/Account/TwoFactor/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage("/Account/TwoFactor/Index");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await reAuthentication.CheckAsync(this, user, Password))
        {
            return Page();
        }

        NewCodes = await codes.ReplaceAsync(user.Id);
        audit.Record(UsersEvents.TwoFactorRecoveryCodesReplaced, "user", user.Id);
        await db.SaveChangesAsync();
        return Page();
    }
}
