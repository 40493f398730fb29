namespace Perspective.Core.Settings;

/// <summary>The current tenant's settings (recipe step <c>settings</c>).</summary>
public interface ISiteSettings
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or changes a setting in the current unit of work; the caller saves.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken = default);
}
