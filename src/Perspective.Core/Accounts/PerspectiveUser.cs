using Microsoft.AspNetCore.Identity;

namespace Perspective.Core.Accounts;

/// <summary>A person who signs in to one tenant. Accounts never span tenants: each tenant's database has its own.</summary>
public sealed class PerspectiveUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>
    /// On for every account, however it is made (Identity's <c>CreateAsync</c> sets it, but accounts
    /// added straight to the context, as invitations are, would otherwise get Identity's <c>false</c>
    /// and never be locked out).
    /// </summary>
    public override bool LockoutEnabled { get; set; } = true;

    /// <summary>The school or LA team the user acts for; null for platform administrators.</summary>
    public string? OrganisationId { get; set; }

    public DateTime CreatedUtc { get; init; }

    public EmailAlerts EmailAlerts { get; set; } = EmailAlerts.Immediate;

    /// <summary>When the person set their password from an invitation; null while only invited.</summary>
    public DateTime? ActivatedUtc { get; set; }

    /// <summary>When an admin deactivated the account. A deactivated account cannot sign in and its sessions end.</summary>
    public DateTime? DeactivatedUtc { get; set; }

    public DateTime? LastSignInUtc { get; set; }

    /// <summary>The authenticator (TOTP) secret, encrypted with Data Protection; null until two-factor is set up.</summary>
    public string? AuthenticatorKeyProtected { get; set; }

    /// <summary>The last TOTP time step accepted, so a code is never accepted twice.</summary>
    public long? LastTotpTimeStep { get; set; }

    public AccountStatus Status =>
        DeactivatedUtc is not null ? AccountStatus.Deactivated
        : ActivatedUtc is null ? AccountStatus.Invited
        : AccountStatus.Active;
}

public enum AccountStatus
{
    Invited,
    Active,
    Deactivated,
}
