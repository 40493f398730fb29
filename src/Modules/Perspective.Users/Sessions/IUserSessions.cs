namespace Perspective.Users.Sessions;

/// <summary>Ends server-side sessions. An ended session's cookie is refused on its next request, on any node.</summary>
public interface IUserSessions
{
    /// <summary>Ends every open session of the user at once (deactivation, password reset, an admin's request).</summary>
    Task EndAllAsync(string userId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Ends every open session of the user except <paramref name="keepSessionId"/> (a password change, "sign out other devices").</summary>
    Task EndOthersAsync(string userId, string? keepSessionId, string reason, CancellationToken cancellationToken = default);
}
