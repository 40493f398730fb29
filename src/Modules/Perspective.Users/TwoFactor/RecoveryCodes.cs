using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Users.Data;

namespace Perspective.Users.TwoFactor;

/// <summary>Ten single-use recovery codes per account, stored only as hashes.</summary>
public sealed class RecoveryCodes(TenantDbContext db, TimeProvider time)
{
    public const int Count = 10;
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>Replaces the account's codes with new ones and returns them, to show once; the caller saves.</summary>
    public async Task<IReadOnlyList<string>> ReplaceAsync(string userId, CancellationToken cancellationToken = default)
    {
        db.Set<RecoveryCode>().RemoveRange(await db.Set<RecoveryCode>().Where(c => c.UserId == userId).ToListAsync(cancellationToken));
        var codes = Enumerable.Range(0, Count)
            .Select(_ => $"{RandomNumberGenerator.GetString(Alphabet, 5)}-{RandomNumberGenerator.GetString(Alphabet, 5)}")
            .ToList();
        db.Set<RecoveryCode>().AddRange(codes.Select(code => new RecoveryCode { UserId = userId, CodeHash = Hash(code) }));
        return codes;
    }

    /// <summary>Uses a code if it is one of the account's unused codes; the caller saves.</summary>
    public async Task<bool> TryUseAsync(string userId, string? code, CancellationToken cancellationToken = default)
    {
        var normalised = Normalise(code);
        if (normalised is null)
        {
            return false;
        }

        var hash = Hash(normalised);
        var match = await db.Set<RecoveryCode>().SingleOrDefaultAsync(c => c.UserId == userId && c.CodeHash == hash && c.UsedUtc == null, cancellationToken);
        if (match is null)
        {
            return false;
        }

        match.UsedUtc = time.GetUtcNow().UtcDateTime;
        return true;
    }

    public Task<int> UnusedAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<RecoveryCode>().CountAsync(c => c.UserId == userId && c.UsedUtc == null, cancellationToken);

    public async Task RemoveAllAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<RecoveryCode>().RemoveRange(await db.Set<RecoveryCode>().Where(c => c.UserId == userId).ToListAsync(cancellationToken));

    /// <summary>Lower case, spaces removed, the dash put back in the middle: how the code was shown.</summary>
    private static string? Normalise(string? code)
    {
        var letters = new string((code ?? "").Where(c => c is not (' ' or '-')).Select(char.ToLowerInvariant).ToArray());
        return letters.Length == 10 ? $"{letters[..5]}-{letters[5..]}" : null;
    }

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
