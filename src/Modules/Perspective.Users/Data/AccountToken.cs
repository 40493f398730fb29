namespace Perspective.Users.Data;

/// <summary>
/// A single-use link sent by email: an invitation, a password reset or an email change. Only a
/// SHA-256 hash of the token is stored, so a copy of the database cannot be used to follow a link.
/// </summary>
public sealed class AccountToken
{
    public int Id { get; init; }

    public required string UserId { get; init; }

    public required AccountTokenPurpose Purpose { get; init; }

    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public required string TokenHash { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime ExpiresUtc { get; init; }

    /// <summary>When the link was followed to its end; a used token never works again.</summary>
    public DateTime? UsedUtc { get; set; }

    /// <summary>When it was withdrawn: cancelled, or replaced by a newer link of the same purpose.</summary>
    public DateTime? CancelledUtc { get; set; }

    /// <summary>For an email change: the address that takes effect when the link is followed.</summary>
    public string? NewEmail { get; init; }

    /// <summary>Who asked for it (the inviting admin or headteacher); null when the user asked.</summary>
    public string? CreatedByUserId { get; init; }

    public bool IsUsable(DateTime nowUtc) => UsedUtc is null && CancelledUtc is null && nowUtc < ExpiresUtc;
}

public enum AccountTokenPurpose
{
    Invitation,
    PasswordReset,
    EmailChange,
}
