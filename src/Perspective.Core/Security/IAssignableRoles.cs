namespace Perspective.Core.Security;

/// <summary>
/// The tenant's roles with whose accounts may hold each, for pages that give people roles. The
/// roles module keeps roles and implements this.
/// </summary>
public interface IAssignableRoles
{
    /// <summary>Every role: built-in ones first, then the LA's own.</summary>
    Task<IReadOnlyList<AssignableRole>> ListAsync(CancellationToken cancellationToken = default);
}

/// <summary>A role as the user pages offer it.</summary>
public sealed record AssignableRole(string Name, string Description, AccountKind Holders);

/// <summary>What kind of account may hold a role, from the account's organisation.</summary>
public enum AccountKind
{
    /// <summary>No organisation: the platform's administrators.</summary>
    Platform,
    LaTeam,
    School,
}
