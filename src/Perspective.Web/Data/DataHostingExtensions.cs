using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Data.Postgres;
using Perspective.Data.Sqlite;

namespace Perspective.Web.Data;

public static class DataHostingExtensions
{
    public static IServiceCollection AddPerspectiveData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = DatabaseSettings.From(configuration, environment);
        Directory.CreateDirectory(settings.DataPath);

        services.AddSingleton(settings);
        services.AddDbContext<TenantDbContext>(options => settings.Provider.Configure(options, settings.ConnectionString));
        services.AddHostedService<DatabaseMigrator>();

        services.AddDataProtection()
            .SetApplicationName("Perspective")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataPath, "DataProtection-Keys")));
        return services;
    }
}

/// <summary>Where the data lives and how to reach the database, from <c>Perspective:DataPath</c> and <c>Database:*</c>.</summary>
public sealed record DatabaseSettings(string DataPath, IDatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public static IReadOnlyList<IDatabaseProvider> Providers { get; } = [new SqliteDatabaseProvider(), new PostgresDatabaseProvider()];

    public static DatabaseSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataPath = Path.GetFullPath(configuration["Perspective:DataPath"] is { Length: > 0 } path ? path : "App_Data", environment.ContentRootPath);
        var providerName = configuration["Database:Provider"] is { Length: > 0 } name ? name : "Sqlite";
        var provider = Providers.FirstOrDefault(p => string.Equals(p.Name, providerName, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"Database:Provider '{providerName}' is not known. Use one of: {string.Join(", ", Providers.Select(p => p.Name))}.");

        var connectionString = configuration["Database:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider is not SqliteDatabaseProvider)
            {
                throw new InvalidOperationException($"Database:ConnectionString is required for the {provider.Name} provider.");
            }

            var folder = Path.Combine(dataPath, "Sites", "Default");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "perspective.db")}";
        }

        return new DatabaseSettings(dataPath, provider, connectionString, configuration.GetValue("Database:MigrateOnStartup", true));
    }
}
