using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;

namespace Perspective.Users.SignIn;

internal sealed class SignInFlow(SignInManager<PerspectiveUser> signIn) : ISignInFlow
{
    public async Task<IActionResult> PasswordVerifiedAsync(PageModel page, PerspectiveUser user, string? returnUrl)
    {
        await signIn.SignInAsync(user, isPersistent: false);
        return page.LocalRedirect(page.Url.IsLocalUrl(returnUrl) ? returnUrl : page.Url.Content("~/"));
    }
}
