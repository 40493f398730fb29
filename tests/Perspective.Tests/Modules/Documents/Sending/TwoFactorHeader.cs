using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Perspective.Tests.Modules.Documents.Sending;

/// <summary>
/// Marks a test sign-in as having passed two-factor (<c>amr=mfa</c>, as the real sign-in does)
/// when the request carries <see cref="Header"/>; the shared test scheme never does.
/// </summary>
public sealed class TwoFactorHeader(IHttpContextAccessor accessor) : IClaimsTransformation
{
    public const string Header = "X-Test-Two-Factor";

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (accessor.HttpContext?.Request.Headers.ContainsKey(Header) == true
            && principal.Identity is ClaimsIdentity identity
            && !principal.HasClaim(ClaimTypes.AuthenticationMethod, "mfa"))
        {
            identity.AddClaim(new Claim(ClaimTypes.AuthenticationMethod, "mfa"));
        }

        return Task.FromResult(principal);
    }
}
