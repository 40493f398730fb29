using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perspective.Core.Data;
using Perspective.Core.Files;
using Perspective.Core.Tenants;
using Perspective.Files.Housekeeping;

namespace Perspective.Files.Storage;

internal static class StorageServices
{
    /// <summary>The encrypted blob store and the tenant key ring.</summary>
    public static IServiceCollection AddFileStorage(this IServiceCollection services)
    {
        services.AddScoped(sp => new TenantDataFolder(
            sp.GetRequiredService<DataFolders>().ForTenant(sp.GetRequiredService<ITenantContext>().Current.Name)));

        // Try: a store shared between nodes can replace the local folder later.
        services.TryAddScoped<IBlobStore, LocalFolderBlobStore>();
        services.AddScoped<TenantKeyRing>();
        services.AddScoped<EncryptedFiles>();
        services.AddScoped<TenantKeyRotation>();
        services.AddScoped<PartialFileSweeper>();
        services.AddScoped<OrphanBlobSweeper>();
        services.TryAddSingleton<EachRunningTenant>();
        services.AddSingleton<PartialFileSweepJob>();
        services.AddHostedService(sp => sp.GetRequiredService<PartialFileSweepJob>());
        return services;
    }
}
