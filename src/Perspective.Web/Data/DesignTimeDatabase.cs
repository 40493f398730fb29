using Perspective.Core.Data;

namespace Perspective.Web.Data;

/// <summary>What <c>dotnet ef</c> and the migration tests build contexts on: a provider by name and a database that need not exist.</summary>
public static class DesignTimeDatabase
{
    /// <summary>The value after <c>--provider</c> in the tool's arguments; SQLite when there is none.</summary>
    public static string ProviderNameFrom(string[] args)
    {
        var index = Array.IndexOf(args, "--provider");
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : "Sqlite";
    }

    public static IDatabaseProvider Provider(string providerName) =>
        DatabaseSettings.Providers.Single(p => string.Equals(p.Name, providerName, StringComparison.OrdinalIgnoreCase));

    public static string ConnectionString(IDatabaseProvider provider) =>
        provider.Name == "Sqlite" ? "Data Source=design-time.db" : "Host=localhost;Database=design_time";
}
