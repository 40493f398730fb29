using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.SignIn;

internal sealed class SignInFlow(
    SignInManager<PerspectiveUser> signIn,
    UserManager<PerspectiveUser> users,
    TwoFactorPolicy policy,
    ITenantContext tenant) : ISignInFlow, IPartialSignIn
{
    private const string MustSetUpClaim = "perspective:must-set-up-two-factor";

    public async Task<IActionResult> PasswordVerifiedAsync(PageModel page, PerspectiveUser user, string? returnUrl)
    {
        var safeReturnUrl = page.Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        if (user.TwoFactorEnabled)
        {
            await StartAsync(page.HttpContext, user, mustSetUp: false);
            return page.RedirectToPage("/SignIn/TwoFactor", new { returnUrl = safeReturnUrl });
        }

        if (await policy.IsRequiredForAsync(await users.GetRolesAsync(user)))
        {
            await StartAsync(page.HttpContext, user, mustSetUp: true);
            return page.RedirectToPage("/SignIn/SetUpTwoFactor", new { returnUrl = safeReturnUrl });
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return page.LocalRedirect(safeReturnUrl ?? page.Url.Content("~/"));
    }

    public async Task<PartialSignIn?> CurrentAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        if (result.Principal?.FindFirstValue(ClaimTypes.Name) is not { } userId
            || await users.FindByIdAsync(userId) is not { DeactivatedUtc: null } user)
        {
            return null;
        }

        return new PartialSignIn(user, result.Principal.HasClaim(MustSetUpClaim, "true"));
    }

    public async Task CompleteAsync(HttpContext context, PerspectiveUser user)
    {
        await context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: PerspectiveSignInManager.TwoFactorMethod);
    }

    // The password is proved but the person is not signed in: a short-lived cookie of Identity's
    // two-factor scheme remembers who they are while they enter a code or set two-factor up.
    private async Task StartAsync(HttpContext context, PerspectiveUser user, bool mustSetUp)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        identity.AddClaim(new Claim(PerspectiveClaimTypes.Tenant, tenant.Current.Name));
        if (mustSetUp)
        {
            identity.AddClaim(new Claim(MustSetUpClaim, "true"));
        }

        await context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }
}

/// <summary>Someone who has proved their password and still has to pass, or set up, two-factor.</summary>
public sealed record PartialSignIn(PerspectiveUser User, bool MustSetUp);

/// <summary>The half-way state between a proved password and a signed-in session.</summary>
public interface IPartialSignIn
{
    /// <summary>The person part way through signing in, or null (none, expired, or deactivated since).</summary>
    Task<PartialSignIn?> CurrentAsync(HttpContext context);

    /// <summary>Ends the half-way state and signs the person in with a two-factor session.</summary>
    Task CompleteAsync(HttpContext context, PerspectiveUser user);
}
