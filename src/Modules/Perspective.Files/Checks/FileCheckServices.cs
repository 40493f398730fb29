using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Perspective.Files.Checks;

internal static class FileCheckServices
{
    /// <summary>File type and zip checks and the scanning hook.</summary>
    public static IServiceCollection AddFileChecks(this IServiceCollection services)
    {
        services.AddOptions<FileCheckOptions>().Configure<IConfiguration>(Bind);
        services.AddSingleton(ZipInspectorFrom);
        services.AddSingleton<FileTypeChecker>();
        services.AddSingleton(ScannerFrom);
        return services;
    }

    /// <summary>Each part from <c>Perspective:Files</c>, or from <c>Perspective:Documents</c> where it was set before.</summary>
    private static void Bind(FileCheckOptions options, IConfiguration configuration)
    {
        FilesConfiguration.Get(configuration, "ClamAv").Bind(options.ClamAv);
        FilesConfiguration.Get(configuration, "Zip").Bind(options.Zip);
    }

    private static ZipInspector ZipInspectorFrom(IServiceProvider services) =>
        new(services.GetRequiredService<IOptions<FileCheckOptions>>().Value.Zip.ToLimits());

    /// <summary>clamd when a host is configured; otherwise files are released unscanned.</summary>
    private static IFileScanner ScannerFrom(IServiceProvider services)
    {
        var clamAv = services.GetRequiredService<IOptions<FileCheckOptions>>().Value.ClamAv;
        return string.IsNullOrWhiteSpace(clamAv.Host)
            ? new NoFileScanner()
            : new ClamAvScanner(clamAv, services.GetRequiredService<ILogger<ClamAvScanner>>());
    }
}
