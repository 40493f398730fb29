using Microsoft.AspNetCore.Identity;

namespace Perspective.Core.Accounts;

/// <summary>A person who signs in to one tenant. Accounts never span tenants: each tenant's database has its own.</summary>
public sealed class PerspectiveUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The school or LA team the user acts for; null for platform administrators.</summary>
    public string? OrganisationId { get; set; }

    public DateTime CreatedUtc { get; init; }

    public EmailAlerts EmailAlerts { get; set; } = EmailAlerts.Immediate;
}
