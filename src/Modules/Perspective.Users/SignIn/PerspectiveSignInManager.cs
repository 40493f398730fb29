using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Users.Data;

namespace Perspective.Users.SignIn;

/// <summary>
/// Identity's sign-in manager, with a server-side session behind every sign-in: each sign-in starts
/// a new session (never reusing one), the cookie names it, and signing out ends it.
/// </summary>
public sealed class PerspectiveSignInManager(
    UserManager<PerspectiveUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PerspectiveUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<PerspectiveUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PerspectiveUser> confirmation,
    TenantDbContext db,
    TimeProvider time)
    : SignInManager<PerspectiveUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    /// <summary>The authentication method Identity records for a sign-in that passed two-factor.</summary>
    public const string TwoFactorMethod = "mfa";

    public override async Task SignInWithClaimsAsync(PerspectiveUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Id = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43),
            UserId = user.Id,
            CreatedUtc = now,
            LastSeenUtc = now,
            IpAddress = Context.Connection.RemoteIpAddress?.ToString(),
            UserAgent = Truncate(Context.Request.Headers.UserAgent.ToString(), 300),
            TwoFactor = claims.Any(c => c.Type == "amr" && c.Value == TwoFactorMethod),
        };
        db.Set<UserSession>().Add(session);
        user.LastSignInUtc = now;
        await UserManager.UpdateAsync(user);
        claims.Add(new Claim(PerspectiveClaimTypes.Session, session.Id));
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    public override async Task SignOutAsync()
    {
        if (Context.User.FindFirst(PerspectiveClaimTypes.Session)?.Value is { } sessionId
            && await db.Set<UserSession>().FindAsync(sessionId) is { EndedUtc: null } session)
        {
            session.EndedUtc = time.GetUtcNow().UtcDateTime;
            session.EndReason = "signed out";
            await db.SaveChangesAsync();
        }

        await base.SignOutAsync();
    }

    private static string? Truncate(string value, int length) =>
        value.Length == 0 ? null : value.Length <= length ? value : value[..length];
}
