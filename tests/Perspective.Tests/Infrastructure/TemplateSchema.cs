using System.Data.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Perspective.Core.Data;
using Perspective.Core.Jobs.Quartz;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Web.Composition;
using Perspective.Web.Data;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// Makes a template database with the host's own migrator, as a fresh host would make its
/// default tenant's: the kernel and the always-enabled modules, or every module, and the
/// scheduler's schema when asked. <see cref="SqliteTemplate"/> and <see cref="PostgresTemplate"/>
/// copy the result into each new host's database.
/// </summary>
internal static class TemplateSchema
{
    public static async Task ApplyAsync(
        IDatabaseProvider provider, string dataPath, string connectionString, bool everyModule, bool scheduler, Func<DbConnection> connect)
    {
        var settings = new DatabaseSettings(dataPath, provider, connectionString, MigrateOnStartup: true);
        var modules = ModuleCatalog.Create(ModuleDiscovery.FromHost(typeof(HostingExtensions).Assembly));
        var schema = new TenantSchema(settings, modules, NullLogger<TenantSchema>.Instance);
        var options = new StaticOptions(new ModuleOptions());
        var databases = new TenantDatabases(settings, schema, modules, options, NullLogger<TenantDatabases>.Instance);
        await databases.CreateAndMigrateAsync(Tenant.DefaultName);
        if (everyModule)
        {
            var running = new Tenant { Name = Tenant.DefaultName, DisplayName = RunningDefaultTenant.LocalAuthorityName, EnabledFeatures = [.. modules.Modules.Select(m => m.Name)] };
            await schema.MigrateModulesAsync(connectionString, TenantModuleFeatures.EnabledFor(modules, options.CurrentValue, running), CancellationToken.None);
        }

        if (scheduler)
        {
            await using var connection = connect();
            await connection.OpenAsync();
            await QuartzSchema.ApplyAsync(connection, provider.Name, CancellationToken.None);
        }
    }

    private sealed class StaticOptions(ModuleOptions value) : IOptionsMonitor<ModuleOptions>
    {
        public ModuleOptions CurrentValue => value;

        public ModuleOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ModuleOptions, string?> listener) => null;
    }
}
