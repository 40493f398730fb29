namespace Perspective.Core.Settings;

/// <summary>The current tenant's settings (recipe step <c>settings</c>).</summary>
public interface ISiteSettings
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Every plain setting (never the secrets), for export and admin screens.</summary>
    Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>A secret (a password, an API key), decrypted; null when not set.</summary>
    Task<string?> GetSecretAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores a secret encrypted with Data Protection; it is never exported nor shown back.</summary>
    Task SetSecretAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>Removes a secret in the current unit of work, if there is one; the caller saves.</summary>
    Task RemoveSecretAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Adds or changes a setting in the current unit of work; the caller saves.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken = default);
}
