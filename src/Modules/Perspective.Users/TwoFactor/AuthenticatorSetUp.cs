using Perspective.Core.Accounts;

namespace Perspective.Users.TwoFactor;

/// <summary>
/// One attempt at the set-up step: the key sealed in the form and the code the app shows. Shared by
/// setting up at sign-in and from the account pages, which differ only in what they ask besides.
/// </summary>
public sealed class AuthenticatorSetUp(Authenticator authenticator)
{
    public SetUpAttempt Check(PerspectiveUser user, string? sealedKey, string? code)
    {
        var key = authenticator.OpenPendingKey(user.Id, sealedKey);
        if (key is null)
        {
            return new SetUpAttempt(authenticator.NewSetUp(user), null, 0,
                "Too much time has passed. Scan the new QR code and enter the code from the app");
        }

        var view = authenticator.SetUpFor(user, key, sealedKey!);
        if (!authenticator.TryMatch(key, code, out var step))
        {
            return new SetUpAttempt(view, null, 0, Authenticator.Normalise(code) is null
                ? "Enter the 6-digit code from your authenticator app"
                : "The code is not correct. Check the app shows this portal's account and enter the code it shows now");
        }

        return new SetUpAttempt(view, key, step, null);
    }

    /// <summary>Makes the checked key the account's authenticator; the caller saves.</summary>
    public void Keep(PerspectiveUser user, SetUpAttempt attempt) =>
        authenticator.Store(user, attempt.Key ?? throw new InvalidOperationException("The code was not accepted."), attempt.Step);
}

/// <summary>What the page shows next, and, when the code was right, the key and the time step it matched.</summary>
public sealed record SetUpAttempt(AuthenticatorSetUpView View, string? Key, long Step, string? CodeProblem)
{
    public bool Succeeded => CodeProblem is null;
}
