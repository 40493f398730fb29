using System.Security.Cryptography;

namespace Perspective.Users.Demo;

/// <summary>
/// The demonstration accounts' passwords, between the recipe step that made them and the one
/// screen or console that shows them. Only in this process's memory, never in a database, a file
/// or a log; each is handed out once (<see cref="Take"/>, <see cref="TakeFor"/>) and then forgotten.
/// </summary>
public sealed class DemoPasswords
{
    // Letters and digits that cannot be mistaken for one another when read off a screen.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>20 characters of 55: about 115 bits, far past the policy's 12 and no common password.</summary>
    public const int Length = 20;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<DemoAccount>> _held = new(StringComparer.Ordinal);

    /// <summary>A new random password, from the operating system's cryptographic generator.</summary>
    public static string NewPassword() => RandomNumberGenerator.GetString(Alphabet, Length);

    public void Add(string tenantName, DemoAccount account)
    {
        lock (_gate)
        {
            Held(Key(tenantName, null)).Add(account);
        }
    }

    /// <summary>Every account made in the tenant and not yet shown; forgets them.</summary>
    public IReadOnlyList<DemoAccount> Take(string tenantName) => Remove(Key(tenantName, null));

    /// <summary>Keeps the tenant's accounts for one person (the administrator setup made) to see once.</summary>
    public void HoldFor(string tenantName, string userId)
    {
        var accounts = Take(tenantName);
        lock (_gate)
        {
            Held(Key(tenantName, userId)).AddRange(accounts);
        }
    }

    /// <summary>The accounts held for this person, if any; forgets them.</summary>
    public IReadOnlyList<DemoAccount> TakeFor(string tenantName, string userId) => Remove(Key(tenantName, userId));

    private static string Key(string tenantName, string? userId) => userId is null ? tenantName : $"{tenantName}\n{userId}";

    private List<DemoAccount> Held(string key) => _held.TryGetValue(key, out var list) ? list : _held[key] = [];

    private List<DemoAccount> Remove(string key)
    {
        lock (_gate)
        {
            return _held.Remove(key, out var list) ? list : [];
        }
    }
}
