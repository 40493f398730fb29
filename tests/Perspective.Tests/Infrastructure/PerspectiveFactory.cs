using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Perspective.Core.Events;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// The real host, in the Production environment, on a SQLite database in its own temporary folder
/// (or on PostgreSQL when given a connection string). Requests are HTTPS so Secure cookies flow.
/// A host shared by several tests (an xunit class fixture) gives each test a tenant of its own with
/// <see cref="UseFreshTenantAsync"/>.
/// </summary>
public class PerspectiveFactory : WebApplicationFactory<Program>
{
    private static int _tenants;
    private readonly Dictionary<string, string?> _settings = new();

    public PerspectiveFactory()
    {
        DataPath = Directory.CreateTempSubdirectory("perspective-test-").FullName;
        _settings["Perspective:DataPath"] = DataPath;
        // As behind a production TLS endpoint: plain HTTP is redirected to the standard port.
        _settings["https_port"] = "443";
        _settings["Perspective:PublicUrl"] = "https://perspective.test";
        // Production refuses to start without a key for the Data Protection key ring.
        _settings["Perspective:DataProtection:Key"] = TestKeys.DataProtection;
        // Not "localhost": HSTS is (rightly) never sent to localhost.
        ClientOptions.BaseAddress = new Uri("https://perspective.test");
        ClientOptions.AllowAutoRedirect = false;
    }

    public string DataPath { get; }

    /// <summary>
    /// The tenant the factory's clients reach and the database helpers read by default: the default
    /// tenant, or the one <see cref="UseFreshTenantAsync"/> last made.
    /// </summary>
    public string TenantName { get; private set; } = Tenant.DefaultName;

    /// <summary>The name of the sign-in cookie of the tenant the factory points at (each tenant but the default has its own).</summary>
    public string AuthCookie => TenantName == Tenant.DefaultName ? "__Host-Perspective.Application" : $"__Host-Perspective.Application-{TenantName}";

    /// <summary>The host's environment: Production unless a test is about Development (demonstration accounts, links without a public URL).</summary>
    public string EnvironmentName { get; init; } = "Production";

    /// <summary>Whether the default tenant starts set up (Running, every module on). Off for tests of setup.</summary>
    public bool StartSetUp { get; init; } = true;

    /// <summary>Sets a configuration value before the host starts.</summary>
    public PerspectiveFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>A client whose requests are signed in as the given user, through the test scheme.</summary>
    public HttpClient ClientFor(string name, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue(name, roles));
        return client;
    }

    /// <summary>A client signed in as a user of the given organisation (e.g. <c>school-100001</c>), through the test scheme.</summary>
    public HttpClient ClientForOrganisation(string name, string organisationId, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue(name, roles, organisationId));
        return client;
    }

    /// <summary>
    /// Makes a tenant of its own for the calling test on this host, as <see cref="RunningDefaultTenant"/>
    /// sets up the default one (Running, every module on, no recipe, a database of its own with every
    /// module's tables), reached by its own host name, then points the factory at it: from here on
    /// <see cref="CreateClient()"/>, <see cref="ClientFor"/> and the database helpers are that
    /// tenant's, so the test sees nothing an earlier test on the host left behind.
    /// </summary>
    public async Task UseFreshTenantAsync()
    {
        var name = $"t{Interlocked.Increment(ref _tenants)}";
        var databases = Services.GetRequiredService<TenantDatabases>();
        if (UsesDefaultSqliteDatabase() && StartSetUp)
        {
            await SqliteTemplate.CopyForTenantAsync(new SqliteConnectionStringBuilder(databases.ConnectionStringFor(name)).DataSource);
        }
        else if (UsesPostgresWithTheUsualModules() && StartSetUp)
        {
            await PostgresTemplate.CreateForTenantAsync(databases.ConnectionStringFor(name));
        }

        await databases.CreateAndMigrateAsync(name);
        var modules = Services.GetRequiredService<ModuleCatalog>();
        await Services.GetRequiredService<ITenantCatalog>().SaveAsync(new Tenant
        {
            Name = name,
            DisplayName = RunningDefaultTenant.LocalAuthorityName,
            HostNames = [$"{name}.perspective.test"],
            State = TenantState.Running,
            EnabledFeatures = modules.Modules.Select(m => m.Name).ToList(),
        });
        TenantName = name;
        ClientOptions.BaseAddress = new Uri($"https://{name}.perspective.test");
        await SeedTenantAsync(name);
    }

    /// <summary>Stores in a tenant made by <see cref="UseFreshTenantAsync"/> what the host stores in the default tenant when it starts.</summary>
    protected virtual Task SeedTenantAsync(string tenantName) => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        if (UsesDefaultSqliteDatabase())
        {
            SqliteTemplate.CopyTo(_settings["Perspective:DataPath"]!, everyModule: StartSetUp);
        }
        else if (UsesPostgresWithTheUsualModules())
        {
            PostgresTemplate.FillIfEmpty(_settings["Database:ConnectionString"]!, everyModule: StartSetUp);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            TestAuthHandler.AddTestSignIn(services);
            services.AddEventDeclarations(TestEvents.Source, TestEvents.All);
            if (StartSetUp)
            {
                services.AddHostedService<RunningDefaultTenant>();
            }
        });
    }

    /// <summary>
    /// Whether the host migrates its own SQLite database at start, with the usual modules, which a
    /// copy of the template then spares it. A host with modules switched off for the deployment
    /// makes fewer tables than the template has, so it migrates its own.
    /// </summary>
    private bool UsesDefaultSqliteDatabase() =>
        _settings.GetValueOrDefault("Database:Provider") is null or "Sqlite"
        && _settings.GetValueOrDefault("Database:ConnectionString") is null
        && _settings.GetValueOrDefault("Perspective:DataPath") is { Length: > 0 }
        && MigratesTheUsualModulesAtStart();

    /// <summary>Whether the host migrates an empty PostgreSQL database at start, with the usual modules, which a copy of the template then spares it.</summary>
    private bool UsesPostgresWithTheUsualModules() =>
        string.Equals(_settings.GetValueOrDefault("Database:Provider"), "Postgres", StringComparison.OrdinalIgnoreCase)
        && _settings.GetValueOrDefault("Database:ConnectionString") is { Length: > 0 }
        && MigratesTheUsualModulesAtStart();

    private bool MigratesTheUsualModulesAtStart() =>
        _settings.GetValueOrDefault("Database:MigrateOnStartup") is null or "true"
        && !_settings.Keys.Any(k => k.StartsWith("Perspective:Modules", StringComparison.OrdinalIgnoreCase));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean; it is in the temp folder.
            }
        }
    }
}
