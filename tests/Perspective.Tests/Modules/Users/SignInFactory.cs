using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users;

/// <summary>
/// A host that a class of sign-in tests shares. The sign-in rate limit counts every request from the
/// test process as one address, so it is raised here; <see cref="SignInRateLimitOnItsOwnHostTests"/> tests the limit.
/// </summary>
public sealed class SignInFactory : PerspectiveFactory
{
    public SignInFactory() => With("Perspective:Security:SignInAttemptsPerMinute", "1000");
}
