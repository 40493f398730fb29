using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;

namespace Perspective.Users.Pages.Account;

/// <summary>"Your account": what the signed-in person can change about themself, each with a link to change it.</summary>
public sealed class AccountModel(UserManager<PerspectiveUser> users) : PageModel
{
    public const string BannerKey = "Perspective.Users.AccountBanner";

    public PerspectiveUser? Account { get; private set; }

    [TempData(Key = BannerKey)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Account = await users.GetUserAsync(User);
        return Account is null ? NotFound() : Page();
    }
}
