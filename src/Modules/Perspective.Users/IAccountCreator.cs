namespace Perspective.Users;

/// <summary>Creates the first accounts of a tenant (its administrator at setup). Invitations arrive with the accounts work.</summary>
public interface IAccountCreator
{
    /// <summary>Creates an account with a password and roles, creating missing built-in roles. Returns the problems, if any.</summary>
    /// <summary>The password policy's objections to a password, if any, without creating anything.</summary>
    Task<IReadOnlyList<string>> CheckPasswordAsync(string password);

    Task<IReadOnlyList<string>> CreateAsync(string displayName, string email, string password, IReadOnlyList<string> roles, CancellationToken cancellationToken = default);
}
