namespace Perspective.Users.Data;

/// <summary>
/// One signed-in session. The sign-in cookie names its session; a session that has ended, gone
/// idle or passed its absolute lifetime is refused on the next request, on every node.
/// </summary>
public sealed class UserSession
{
    /// <summary>Random, URL-safe, 43 characters.</summary>
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>The last request seen, written at most once a minute.</summary>
    public DateTime LastSeenUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    /// <summary>Why it ended: signed out, idle, expired, ended by the user, ended by an admin, password changed, deactivated.</summary>
    public string? EndReason { get; set; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>Whether the sign-in passed two-factor.</summary>
    public bool TwoFactor { get; init; }
}
