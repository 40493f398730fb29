using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Modules;
using Perspective.Files.Checks;
using Perspective.Files.Storage;

namespace Perspective.Files;

/// <summary>
/// Services only: no pages, permissions or tables. The storage keeps no table (callers store the
/// <see cref="EncryptedFile"/> record with their own rows), so there is no model to configure.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public const string ModuleName = "Perspective.Files";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddFileStorage();
        services.AddFileChecks();
    }
}
