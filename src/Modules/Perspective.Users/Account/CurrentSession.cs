using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Perspective.Core.Accounts;
using Perspective.Core.Security;

namespace Perspective.Users.Account;

/// <summary>The signed-in person's own session: its id, and renewing its cookie after the security stamp changes.</summary>
public static class CurrentSession
{
    public static string? Id(ClaimsPrincipal user) => user?.FindFirst(PerspectiveClaimTypes.Session)?.Value;

    /// <summary>
    /// Issues this session's cookie again with the account's new security stamp and name, keeping
    /// the same server-side session and how the person signed in, so changing their password or
    /// email does not sign them out here (other sessions are ended on the server). Signing in
    /// through the sign-in manager would start a new session instead, so the cookie is written directly.
    /// </summary>
    public static async Task RenewCookieAsync(HttpContext context, SignInManager<PerspectiveUser> signIn, PerspectiveUser user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signIn);
        var current = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!current.Succeeded || Id(current.Principal) is null)
        {
            return;
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        if (principal.Identity is ClaimsIdentity identity)
        {
            foreach (var claim in current.Principal.Claims.Where(c => c.Type is PerspectiveClaimTypes.Session or "amr" or ClaimTypes.AuthenticationMethod))
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value));
            }
        }

        await context.SignInAsync(IdentityConstants.ApplicationScheme, principal, current.Properties);
    }
}
