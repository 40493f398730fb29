using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Perspective.Documents.Storage;

/// <summary>
/// The tenant's own folder under the data path, <c>{DataPath}/Sites/{tenant}</c> — the same folder
/// that holds its SQLite database — and the sub-folders document storage uses there.
/// </summary>
public sealed class TenantDataFolder(string path)
{
    /// <summary><c>{DataPath}/Sites/{tenant}</c>.</summary>
    public string Path { get; } = path;

    /// <summary>Encrypted file blobs and their <c>.partial</c> forerunners.</summary>
    public string Files => System.IO.Path.Combine(Path, "Files");

    /// <summary>The tenant's key ring file (itself encrypted with Data Protection).</summary>
    public string Keys => System.IO.Path.Combine(Path, "Keys");

    /// <summary>The folder of a tenant, from <c>Perspective:DataPath</c> (default <c>App_Data</c> under the content root).</summary>
    public static TenantDataFolder For(IConfiguration configuration, IHostEnvironment environment, string tenantName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        // Tenant names are slugs; refuse anything that could step out of the Sites folder.
        if (string.IsNullOrEmpty(tenantName) || !tenantName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"'{tenantName}' is not a tenant name.", nameof(tenantName));
        }

        var dataPath = configuration["Perspective:DataPath"] is { Length: > 0 } configured ? configured : "App_Data";
        return new TenantDataFolder(System.IO.Path.Combine(System.IO.Path.GetFullPath(dataPath, environment.ContentRootPath), "Sites", tenantName));
    }
}
