using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Perspective.Web.Data.KeyRing;

public static class KeyRingHostingExtensions
{
    /// <summary>
    /// Data Protection with its key ring in the default tenant's database, encrypted with the key or
    /// certificate from <c>Perspective:DataProtection:*</c>. See docs/decisions/ADR-011-data-protection-keys.md.
    /// </summary>
    public static IServiceCollection AddPerspectiveKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var protection = KeyRingProtection.From(configuration, environment);
        services.AddSingleton(protection);
        services.AddSingleton<FileSystemKeyImport>();
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeyManagementSetup>();

        var dataProtection = services.AddDataProtection().SetApplicationName("Perspective");
        if (protection.Certificate is { } certificate)
        {
            // KeyManagementSetup encrypts with it; the decryptor is handed it here, so it need not be in a certificate store.
            dataProtection.UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }
}
