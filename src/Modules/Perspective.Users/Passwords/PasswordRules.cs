namespace Perspective.Users.Passwords;

/// <summary>The password policy's numbers (ASVS 6.2): length, not composition.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    /// <summary>Far beyond any passphrase; it only stops a form being used to make the server hash megabytes.</summary>
    public const int MaximumLength = 1024;

    /// <summary>An email's local part shorter than this is not looked for inside a password: "al" would refuse "always".</summary>
    public const int ShortestLocalPartLookedFor = 4;
}
