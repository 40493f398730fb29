using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Users.Data;

namespace Perspective.Users.Account;

/// <summary>
/// Issues and finds the single-use links sent by email. Only the SHA-256 hash of a token is
/// stored; the token itself exists in the email and nowhere else. Changes join the current unit of
/// work: the caller saves, with whatever else the link is part of.
/// </summary>
public sealed class AccountTokens(TenantDbContext db, TimeProvider time)
{
    /// <summary>What every unknown, used, withdrawn or expired link shows.</summary>
    public const string LinkUsed = "This link has expired or has already been used";

    /// <summary>Withdraws the user's open links of this purpose and adds a new one; returns the token for the link.</summary>
    public async Task<string> IssueAsync(
        string userId, AccountTokenPurpose purpose, TimeSpan lifetime, string? createdByUserId = null, string? newEmail = null, CancellationToken cancellationToken = default)
    {
        await CancelAsync(userId, purpose, cancellationToken);
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = Now;
        db.Set<AccountToken>().Add(new AccountToken
        {
            UserId = userId,
            Purpose = purpose,
            TokenHash = Hash(token),
            CreatedUtc = now,
            ExpiresUtc = now + lifetime,
            CreatedByUserId = createdByUserId,
            NewEmail = newEmail,
        });
        return token;
    }

    /// <summary>Marks the user's open links of this purpose as withdrawn.</summary>
    public async Task CancelAsync(string userId, AccountTokenPurpose purpose, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var open = await db.Set<AccountToken>()
            .Where(t => t.UserId == userId && t.Purpose == purpose && t.UsedUtc == null && t.CancelledUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var token in open)
        {
            token.CancelledUtc = now;
        }
    }

    /// <summary>The link and its account, when the token is one of this purpose that can still be used; else null.</summary>
    public async Task<FoundToken?> FindUsableAsync(string? token, AccountTokenPurpose purpose, CancellationToken cancellationToken = default)
    {
        // A real token is 43 characters; anything far off is not worth hashing.
        if (token is not { Length: > 20 and < 100 })
        {
            return null;
        }

        var hash = Hash(token);
        var found = await db.Set<AccountToken>().FirstOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose, cancellationToken);
        if (found is null || !found.IsUsable(Now))
        {
            return null;
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == found.UserId, cancellationToken);
        return user is null ? null : new FoundToken(found, user);
    }

    /// <summary>The latest link of this purpose for the user, for the page that shows an invitation's state.</summary>
    public Task<AccountToken?> LatestAsync(string userId, AccountTokenPurpose purpose, CancellationToken cancellationToken = default) =>
        db.Set<AccountToken>().AsNoTracking()
            .Where(t => t.UserId == userId && t.Purpose == purpose)
            .OrderByDescending(t => t.CreatedUtc).ThenByDescending(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Uses the link up and saves the unit of work it belongs to, in one transaction; false, saving
    /// nothing, when another request used or withdrew it first. The link is taken with a conditional
    /// update (still unused, not withdrawn, not expired), so of two requests racing on one link exactly
    /// one wins, on either database.
    /// </summary>
    public async Task<bool> UseAndSaveAsync(AccountToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.Set<AccountToken>()
            .Where(t => t.Id == token.Id && t.UsedUtc == null && t.CancelledUtc == null && t.ExpiresUtc > now)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedUtc, now), cancellationToken);
        if (taken != 1)
        {
            return false;
        }

        // The tracked copy matches the row, so SaveChanges does not write the token again.
        var usedUtc = db.Entry(token).Property(t => t.UsedUtc);
        usedUtc.CurrentValue = now;
        usedUtc.OriginalValue = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}

public sealed record FoundToken(AccountToken Token, PerspectiveUser User);
