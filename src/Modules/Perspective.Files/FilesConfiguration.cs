using Microsoft.Extensions.Configuration;

namespace Perspective.Files;

/// <summary>
/// Where the module's settings live: <c>Perspective:Files</c>. They lived under
/// <c>Perspective:Documents</c> before this module was split out of Documents, so a setting not
/// found under the new section is still read from the old one.
/// </summary>
public static class FilesConfiguration
{
    public const string Section = "Perspective:Files";

    /// <summary>The section these settings had while they belonged to the Documents module.</summary>
    public const string LegacySection = "Perspective:Documents";

    /// <summary>
    /// <c>Perspective:Files:{name}</c> when it holds anything, otherwise
    /// <c>Perspective:Documents:{name}</c>.
    /// </summary>
    public static IConfigurationSection Get(IConfiguration configuration, string name)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var current = configuration.GetSection($"{Section}:{name}");
        return current.Exists() ? current : configuration.GetSection($"{LegacySection}:{name}");
    }
}
