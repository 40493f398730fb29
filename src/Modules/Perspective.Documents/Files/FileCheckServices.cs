using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Perspective.Documents.Files;

internal static class FileCheckServices
{
    /// <summary>File type and zip checks, bulk file-name matching, download headers and the scanning hook.</summary>
    public static IServiceCollection AddDocumentFileChecks(this IServiceCollection services)
    {
        services.AddOptions<FileCheckOptions>().BindConfiguration(FileCheckOptions.Section);
        services.AddSingleton(ZipInspectorFrom);
        services.AddSingleton<FileTypeChecker>();
        services.AddSingleton(ScannerFrom);
        return services;
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
