using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Core.Settings;

internal sealed class SiteSettings(TenantDbContext db, IDataProtectionProvider protection) : ISiteSettings
{
    // Secrets share the table under a prefix no plain key may use, encrypted at rest.
    private const string SecretPrefix = "secret:";
    private readonly IDataProtector _protector = protection.CreateProtector("Perspective.Settings.Secrets");

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        key.StartsWith(SecretPrefix, StringComparison.Ordinal) ? null : (await db.Settings.FindAsync([key], cancellationToken))?.Value;

    public async Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await db.Settings.AsNoTracking()
            .Where(s => !s.Key.StartsWith(SecretPrefix))
            .ToDictionaryAsync(s => s.Key, s => s.Value, StringComparer.Ordinal, cancellationToken);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken = default) =>
        key.StartsWith(SecretPrefix, StringComparison.Ordinal)
            ? throw new ArgumentException($"Setting names may not start with '{SecretPrefix}'.", nameof(key))
            : UpsertAsync(key, value, cancellationToken);

    public async Task<string?> GetSecretAsync(string key, CancellationToken cancellationToken = default) =>
        (await db.Settings.FindAsync([SecretPrefix + key], cancellationToken))?.Value is { } stored ? _protector.Unprotect(stored) : null;

    public Task SetSecretAsync(string key, string value, CancellationToken cancellationToken = default) =>
        UpsertAsync(SecretPrefix + key, _protector.Protect(value), cancellationToken);

    public async Task RemoveSecretAsync(string key, CancellationToken cancellationToken = default)
    {
        if (await db.Settings.FindAsync([SecretPrefix + key], cancellationToken) is { } setting)
        {
            db.Settings.Remove(setting);
        }
    }

    private async Task UpsertAsync(string key, string value, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.FindAsync([key], cancellationToken);
        if (setting is null)
        {
            db.Settings.Add(new SiteSetting { Key = key, Value = value });
        }
        else
        {
            setting.Value = value;
        }
    }
}
