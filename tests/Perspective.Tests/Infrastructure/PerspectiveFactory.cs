using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Events;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// The real host, in the Production environment, on a SQLite database in its own temporary folder
/// (or on PostgreSQL when given a connection string). Requests are HTTPS so Secure cookies flow.
/// </summary>
public class PerspectiveFactory : WebApplicationFactory<Program>
{
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        if (UsesDefaultSqliteDatabase())
        {
            SqliteTemplate.CopyTo(_settings["Perspective:DataPath"]!);
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

    /// <summary>Whether the host migrates its own SQLite database at start, which a copy of the template then spares it.</summary>
    private bool UsesDefaultSqliteDatabase() =>
        _settings.GetValueOrDefault("Database:Provider") is null or "Sqlite"
        && _settings.GetValueOrDefault("Database:ConnectionString") is null
        && _settings.GetValueOrDefault("Database:MigrateOnStartup") is null or "true"
        && _settings.GetValueOrDefault("Perspective:DataPath") is { Length: > 0 };

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
