using Microsoft.AspNetCore.Identity;

namespace Perspective.Users.Passwords;

/// <summary>Identity's error messages in GOV.UK wording, plus those of Perspective's own password rules.</summary>
public sealed class PerspectiveErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Password must be {length} characters or more" };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Your current password is not correct" };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "An account already exists for this email address" };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "An account already exists for this email address" };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "This link has expired or has already been used" };

    public IdentityError PasswordTooLong(int length) =>
        new() { Code = nameof(PasswordTooLong), Description = $"Password must be {length} characters or fewer" };

    public IdentityError PasswordIsCommon() =>
        new() { Code = nameof(PasswordIsCommon), Description = "Choose a password that is harder to guess: this one is on a list of common passwords" };

    public IdentityError PasswordContainsEmail() =>
        new() { Code = nameof(PasswordContainsEmail), Description = "Your password must not contain your email address" };
}
