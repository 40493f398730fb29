using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Tests.Infrastructure;

namespace Perspective.BrowserTests.Infrastructure;

/// <summary>
/// The real host on a real Kestrel server: HTTPS on 127.0.0.1 and a free port, in the Production
/// environment (HSTS, HTTPS redirection and Secure <c>__Host-</c> cookies all on), on a SQLite
/// database in its own temporary folder. Requests carrying <c>X-Test-User</c> are signed in as that user.
/// </summary>
public sealed class PerspectiveServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The Local Authority's name the server is configured with, shown in every page's header.</summary>
    public const string LocalAuthorityName = RunningDefaultTenant.LocalAuthorityName;

    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create(TimeProvider.System);

    public PerspectiveServer()
        : this(startSetUp: true)
    {
    }

    private PerspectiveServer(bool startSetUp)
    {
        StartSetUp = startSetUp;
        DataPath = Directory.CreateTempSubdirectory("perspective-browser-").FullName;
        // HTTPS only: the browser never meets the redirect from plain HTTP, and with no https_port
        // set the redirection middleware finds this one HTTPS address itself.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
    }

    public string DataPath { get; }

    /// <summary>The display name of a setup recipe that waits in <see cref="HoldStep"/> until the test lets it go.</summary>
    public const string HeldRecipe = "Held for the browser test";

    public bool StartSetUp { get; }

    /// <summary>A server that shows first-run setup, as a fresh installation does.</summary>
    public static PerspectiveServer NotYetSetUp() => new(startSetUp: false);

    /// <summary>Where the server listens, for example <c>https://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Perspective:DataPath", DataPath);
        // Production refuses to start without a key for the Data Protection key ring.
        builder.UseSetting("Perspective:DataProtection:Key", TestKeys.DataProtection);
        builder.UseSetting("Perspective:RecipesPath", RecipesWithAHeldOne());
        // A job that fails is listed at once, for the failed-jobs page's test.
        builder.UseSetting("Perspective:Jobs:MaxAttempts", "1");

        builder.ConfigureServices(services =>
        {
            TestAuthHandler.AddTestSignIn(services);
            services.AddScoped<Perspective.Core.Recipes.IRecipeStep, HoldStep>();
            Perspective.Core.Jobs.JobServices.AddTenantJob<AlwaysFailingJob>(services, AlwaysFailingJob.Name);
            if (StartSetUp)
            {
                services.AddHostedService<RunningDefaultTenant>();
            }
        });
    }

    /// <summary>The shipped recipes, plus one that holds, in a folder of this server's own.</summary>
    private string RecipesWithAHeldOne()
    {
        var folder = Directory.CreateDirectory(Path.Combine(DataPath, "recipes")).FullName;
        foreach (var recipe in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.recipe.json"))
        {
            File.Copy(recipe, Path.Combine(folder, Path.GetFileName(recipe)), overwrite: true);
        }

        File.WriteAllText(Path.Combine(folder, "held.recipe.json"), $$"""
            { "name": "held", "displayName": "{{HeldRecipe}}", "isSetupRecipe": true,
              "steps": [ { "name": "features", "enable": ["Perspective.Audit"] }, { "name": "test.hold" } ] }
            """);
        return folder;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _certificate.Dispose();
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
