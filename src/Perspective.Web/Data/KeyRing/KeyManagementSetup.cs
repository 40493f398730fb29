using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Perspective.Web.Data.KeyRing;

/// <summary>Points Data Protection's key manager at the database, and at the configured key when there is one.</summary>
public sealed class KeyManagementSetup(DatabaseXmlRepository repository, KeyRingProtection protection, ILoggerFactory loggerFactory)
    : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.XmlRepository = repository;
        options.XmlEncryptor = protection.CreateEncryptor(loggerFactory);
        if (options.XmlEncryptor is null)
        {
            // Only Development gets this far without a key (KeyRingProtection refuses elsewhere).
            loggerFactory.CreateLogger<KeyManagementSetup>().LogWarning(
                "Data Protection keys are stored in the database unencrypted. Set {Setting} (or {CertificateSetting}) before this runs anywhere but a developer's machine.",
                KeyRingProtection.KeySetting, KeyRingProtection.CertificatePathSetting);
        }
    }
}
