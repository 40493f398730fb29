using System.Collections.Frozen;

namespace Perspective.Users.Passwords;

/// <summary>
/// The list of common passwords of 12 characters or more shipped with the module
/// (<c>common-passwords.txt</c>, lower-case, built by <c>build-common-passwords.sh</c>). Read once per process.
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "Perspective.Users.Passwords.common-passwords.txt";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    /// <summary>Whether the password is on the list, compared without regard to case.</summary>
    public static bool Contains(string password) => List.Value.Contains(password.ToLowerInvariant());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                entries.Add(line);
            }
        }

        return entries.ToFrozenSet(StringComparer.Ordinal);
    }
}
