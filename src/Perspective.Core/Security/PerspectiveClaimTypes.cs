namespace Perspective.Core.Security;

/// <summary>Claim types Perspective adds to a signed-in user.</summary>
public static class PerspectiveClaimTypes
{
    /// <summary>The id of the organisation (school or LA team) the user acts for.</summary>
    public const string OrganisationId = "perspective:organisation";

    /// <summary>The tenant a sign-in belongs to; another tenant refuses the cookie.</summary>
    public const string Tenant = "perspective:tenant";

    /// <summary>The server-side session a sign-in cookie belongs to; an ended session refuses the cookie.</summary>
    public const string Session = "perspective:session";
}
