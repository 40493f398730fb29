namespace Perspective.Core.Security;

/// <summary>Names of the host's rate-limit policies, for <c>[EnableRateLimiting]</c> in modules.</summary>
public static class RateLimits
{
    /// <summary>Sign-in attempts per IP address. Counts POSTs only, so showing the page is never limited.</summary>
    public const string SignIn = "sign-in";
}
