using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Security;
using Perspective.Users.Account;

namespace Perspective.Users.Pages.Account;

/// <summary>
/// The link sent to a new email address. Following it shows a button (no change on GET); pressing it
/// moves the account to the new address. Only the person whose account it is, signed in, can use it.
/// </summary>
public sealed class ConfirmEmailModel(EmailChanges changes, SignInManager<PerspectiveUser> signIn) : PageModel
{
    public string? NewEmail { get; private set; }

    [TempData(Key = AccountModel.BannerKey)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        NewEmail = (await changes.FindAsync(token, User.UserId(), cancellationToken))?.Token.NewEmail;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var found = await changes.FindAsync(token, User.UserId(), cancellationToken);
        NewEmail = found?.Token.NewEmail;
        if (found is null)
        {
            return Page();
        }

        if (await changes.ConfirmAsync(found, cancellationToken) is { } problem)
        {
            // Another request used the link a moment ago: show the expired page, as for any used link.
            NewEmail = problem == AccountTokens.LinkUsed ? null : NewEmail;
            ModelState.AddModelError("", problem);
            return Page();
        }

        // The security stamp changed with the address: keep this session signed in with the new one.
        await CurrentSession.RenewCookieAsync(HttpContext, signIn, found.User);
        Banner = $"Your email address is now {NewEmail}";
        return LocalRedirect(Url.Content("~/account"));
    }
}
