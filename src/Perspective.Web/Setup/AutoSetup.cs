using Perspective.Core.Tenants;
using Perspective.Users.Demo;

namespace Perspective.Web.Setup;

/// <summary>
/// Unattended setup from configuration (<c>Perspective:AutoSetup:SiteName</c>, <c>:Recipe</c>,
/// <c>:AdminName</c>, <c>:AdminEmail</c>, <c>:AdminPasswordFile</c>), run once migrations are done
/// when the portal is not yet set up. A problem stops the start-up with a clear message.
/// </summary>
public sealed class AutoSetup(IConfiguration configuration, SetupService setup, DemoPasswords demoPasswords, ILogger<AutoSetup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Perspective:AutoSetup");
        if (!section.Exists() || !await setup.IsNeededAsync(cancellationToken))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(section["AdminName"]))
        {
            // As the setup screen and the CLI: invitations name the administrator, never by email address.
            throw new InvalidOperationException("Automatic setup failed: Perspective:AutoSetup:AdminName is required: the administrator's full name, as people they invite will see it.");
        }

        var request = await SetupRequestReader.ReadAsync(
            section["SiteName"] ?? "", section["Recipe"] ?? "", section["AdminName"]!, section["AdminEmail"] ?? "", section["AdminPasswordFile"] ?? "");
        var problems = await setup.SetUpAsync(request, cancellationToken: cancellationToken);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Automatic setup failed: " + string.Join(" ", problems));
        }

        logger.LogInformation("The portal was set up automatically from configuration.");
        await DemoAccountsConsole.WriteAsync(Console.Out, demoPasswords.Take(Tenant.DefaultName));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
