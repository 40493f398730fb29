using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;

namespace Perspective.Users.SignIn;

/// <summary>
/// Identity's user manager, recording the moment an account is locked out. Every wrong answer
/// (password, authenticator code, recovery code, re-authentication) comes through
/// <see cref="AccessFailedAsync"/>, so the lockout is audited once, whichever step locked it.
/// </summary>
public sealed class PerspectiveUserManager(
    IUserStore<PerspectiveUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<PerspectiveUser> passwordHasher,
    IEnumerable<IUserValidator<PerspectiveUser>> userValidators,
    IEnumerable<IPasswordValidator<PerspectiveUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PerspectiveUser>> logger,
    IAuditLog audit)
    : UserManager<PerspectiveUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AccessFailedAsync(PerspectiveUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var wasLockedOut = await IsLockedOutAsync(user);
        var result = await base.AccessFailedAsync(user);
        if (result.Succeeded && !wasLockedOut && await IsLockedOutAsync(user))
        {
            await audit.RecordNowAsync(UsersEvents.LockedOut, "user", user.Id, string.Create(CultureInfo.InvariantCulture, $"Until {user.LockoutEnd:u}, after {Options.Lockout.MaxFailedAccessAttempts} wrong answers"));
        }

        return result;
    }
}
