using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Documents.Storage;

internal static class StorageServices
{
    /// <summary>The encrypted blob store and the tenant key ring.</summary>
    public static IServiceCollection AddDocumentStorage(this IServiceCollection services) => services;
}
