namespace Perspective.Core.Data;

/// <summary>
/// Where the deployment keeps its files: the data path (<c>Perspective:DataPath</c>, resolved once by
/// the host) and each tenant's own folder under it, <c>{DataPath}/Sites/{tenant}</c>, beside its
/// SQLite database. Modules ask here rather than reading the configuration themselves.
/// </summary>
public sealed class DataFolders(string root)
{
    /// <summary>The full path of the data folder.</summary>
    public string Root { get; } = root;

    /// <summary><c>{DataPath}/Sites/{tenant}</c>.</summary>
    public string ForTenant(string tenantName)
    {
        // Tenant names are slugs; refuse anything that could step out of the Sites folder.
        if (string.IsNullOrEmpty(tenantName) || !tenantName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"'{tenantName}' is not a tenant name.", nameof(tenantName));
        }

        return Path.Combine(Root, "Sites", tenantName);
    }
}
