namespace Perspective.Users.Data;

/// <summary>A two-factor recovery code, stored as a hash; each works once.</summary>
public sealed class RecoveryCode
{
    public int Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the normalised code.</summary>
    public required string CodeHash { get; init; }

    public DateTime? UsedUtc { get; set; }
}
