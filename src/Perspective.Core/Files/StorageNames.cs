using System.Buffers.Text;
using System.Security.Cryptography;

namespace Perspective.Core.Files;

/// <summary>
/// Generated blob names: 128 random bits, base64url (22 characters). Only names of that shape are
/// accepted back, so a name taken from a request or a database row can never reach outside the
/// store's folder, and a user's file name is never used on disk.
/// </summary>
public static class StorageNames
{
    public const int Length = 22;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string? name) =>
        name is { Length: Length } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Throws <see cref="ArgumentException"/> for a name this class could not have made.</summary>
    public static void ThrowIfMalformed(string? name)
    {
        if (!IsWellFormed(name))
        {
            throw new ArgumentException("Not a storage name this store generated.", nameof(name));
        }
    }
}
