using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Perspective.Core.Accounts;

namespace Perspective.Users.Account;

/// <summary>The signed-in person's own session: its id, and renewing its cookie after the security stamp changes.</summary>
public static class CurrentSession
{
    /// <summary>The claim naming the server-side session the cookie belongs to.</summary>
    public const string ClaimType = "perspective:session";

    public static string? Id(ClaimsPrincipal user) => user?.FindFirst(ClaimType)?.Value;

    /// <summary>
    /// Issues this session's cookie again with the user's new security stamp, keeping its session
    /// and how the person signed in, so a change of password or email does not sign them out here
    /// (other sessions are ended on the server).
    /// </summary>
    public static async Task RenewCookieAsync(HttpContext context, SignInManager<PerspectiveUser> signIn, PerspectiveUser user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signIn);
        var current = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!current.Succeeded)
        {
            return;
        }

        var kept = current.Principal.Claims
            .Where(c => c.Type is ClaimType or "amr" or ClaimTypes.AuthenticationMethod)
            .Select(c => new Claim(c.Type, c.Value))
            .ToList();
        await signIn.SignInWithClaimsAsync(user, current.Properties, kept);
    }
}
