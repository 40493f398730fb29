using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.Pages.Account.TwoFactor;

public sealed class TwoFactorIndexModel(UserManager<PerspectiveUser> users, RecoveryCodes codes, TwoFactorPolicy policy) : PageModel
{
    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    [TempData]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        Enabled = user.TwoFactorEnabled;
        Required = await policy.IsRequiredForAsync(await users.GetRolesAsync(user));
        RecoveryCodesLeft = await codes.UnusedAsync(user.Id);
        return Page();
    }
}
