using Perspective.Core.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;

namespace Perspective.Users.SignIn;

/// <summary>
/// The second step of signing in, whatever proves it (an authenticator code or a recovery code):
/// a locked account is refused, a wrong answer counts towards lockout and is audited, a right one
/// signs the person in.
/// </summary>
public sealed class SecondStep(IPartialSignIn partial, UserManager<PerspectiveUser> users, IAuditLog audit)
{
    public const string TooManyWrongCodes = "You have entered too many wrong codes. Wait 15 minutes, then sign in again";

    /// <summary>The person part way through signing in who has two-factor to pass, or null.</summary>
    public async Task<PerspectiveUser?> PendingAsync(HttpContext context) =>
        await partial.CurrentAsync(context) is { MustSetUp: false } current ? current.User : null;

    public async Task<SecondStepOutcome> TryAsync(HttpContext context, PerspectiveUser user, Func<Task<bool>> proves, AuditKind failureAction)
    {
        if (await users.IsLockedOutAsync(user))
        {
            await audit.RecordNowAsync(UsersEvents.SignInLockedOut, "user", user.Id);
            return SecondStepOutcome.LockedOut;
        }

        if (!await proves())
        {
            await users.AccessFailedAsync(user);
            await audit.RecordNowAsync(failureAction, "user", user.Id);
            return SecondStepOutcome.Wrong;
        }

        await users.ResetAccessFailedCountAsync(user);
        await partial.CompleteAsync(context, user);
        return SecondStepOutcome.SignedIn;
    }
}

public enum SecondStepOutcome
{
    SignedIn,
    Wrong,
    LockedOut,
}
