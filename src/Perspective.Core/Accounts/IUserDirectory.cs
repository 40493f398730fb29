namespace Perspective.Core.Accounts;

/// <summary>
/// The current tenant's people, for modules other than Users, which owns accounts and the rule for
/// which of them are active (signed up and not deactivated).
/// </summary>
public interface IUserDirectory
{
    /// <summary>
    /// The organisation's active people with an email address who hold one of <paramref name="anyOfRoles"/>
    /// (and <paramref name="alsoRole"/> too, when given), ordered by email.
    /// </summary>
    Task<IReadOnlyList<DirectoryPerson>> ActivePeopleAsync(
        string organisationId, IReadOnlyCollection<string> anyOfRoles, string? alsoRole = null, CancellationToken cancellationToken = default);

    /// <summary>One person of the organisation if their account is active and has an email address; otherwise null.</summary>
    Task<DirectoryPerson?> ActivePersonAsync(string organisationId, string userId, CancellationToken cancellationToken = default);

    /// <summary>The account at the organisation with this email address, active or not, with its roles; null when there is none.</summary>
    Task<DirectoryAccount?> FindByEmailAsync(string organisationId, string email, CancellationToken cancellationToken = default);

    /// <summary>Display names by user id, for those of <paramref name="userIds"/> that still have an account.</summary>
    Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>The names of every role an account can hold in this tenant's account store.</summary>
    Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken = default);
}

/// <summary>An active person: who a module may write to or send to.</summary>
public sealed record DirectoryPerson(string UserId, string Email, string Name);

/// <summary>An account found by email: whether it is active, and the roles it holds.</summary>
public sealed record DirectoryAccount(string UserId, bool IsActive, IReadOnlyList<string> Roles);
