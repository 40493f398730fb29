using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Core.Jobs.Quartz;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Data.Postgres;
using Perspective.Data.Sqlite;
using Perspective.Web.Audit;
using Perspective.Web.Data.KeyRing;
using Perspective.Web.Tenancy;

namespace Perspective.Web.Data;

public static class DataHostingExtensions
{
    public static IServiceCollection AddPerspectiveData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = DatabaseSettings.From(configuration, environment);
        Directory.CreateDirectory(settings.DataPath);

        services.AddSingleton(settings);
        services.AddSingleton(new DataFolders(settings.DataPath));
        services.AddSingleton<TenantSchema>();
        services.AddSingleton<TenantDatabases>();
        services.AddSingleton<ITenantDatabases>(sp => sp.GetRequiredService<TenantDatabases>());
        services.AddSingleton<ITenantCatalog, TenantCatalog>();
        services.AddSingleton<TenantScopes>();
        services.AddSingleton<ITenantScopeFactory>(sp => sp.GetRequiredService<TenantScopes>());
        services.AddSingleton<ITenantManager, TenantManager>();
        services.AddSingleton<TenantRecipes>();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<IModuleFeatures, TenantModuleFeatures>();
        services.AddScoped<IModuleTables, TenantModuleTables>();
        services.AddScoped<Perspective.Core.Links.IPortalLinks, TenantLinks>();

        // Each scope's context opens the database of the scope's tenant, and no other, and delivers
        // the events it stores once they commit.
        services.AddDbContext<TenantDbContext>((sp, options) =>
        {
            settings.Provider.Configure(
                options, sp.GetRequiredService<ITenantDatabases>().ConnectionStringFor(sp.GetRequiredService<ITenantContext>().Current.Name), TenantDbContext.HistoryTable);
            options.AddInterceptors(sp.GetRequiredService<EventCommitInterceptor>());
        });
        services.AddHostedService<DatabaseMigrator>();
        // After the migrator: Quartz's tables go into the default tenant's database once it exists.
        services.AddJobScheduler(configuration, settings.Provider.Name, settings.ConnectionString,
            settings.Provider is PostgresDatabaseProvider ? Npgsql.NpgsqlFactory.Instance : Microsoft.Data.Sqlite.SqliteFactory.Instance,
            settings.MigrateOnStartup);
        services.AddAuditCheckpoints();

        // After the migrator: Data Protection's own hosted service reads the key ring from the database at start.
        services.AddPerspectiveKeyRing(configuration, environment);
        return services;
    }
}

/// <summary>Where the data lives and how to reach the default tenant's database, from <c>Perspective:DataPath</c> and <c>Database:*</c>.</summary>
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

            connectionString = provider.TenantConnectionString("", dataPath, Tenant.DefaultName);
        }

        return new DatabaseSettings(dataPath, provider, connectionString, configuration.GetValue("Database:MigrateOnStartup", true));
    }
}
