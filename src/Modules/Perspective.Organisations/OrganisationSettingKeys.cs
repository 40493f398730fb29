using System.Globalization;
using Perspective.Core.Settings;

namespace Perspective.Organisations;

/// <summary>The module's tenant settings.</summary>
public static class OrganisationSettingKeys
{
    /// <summary>How many accounts a Lite school may have unless the LA overrides it for that school.</summary>
    public const string LiteAccountLimit = "organisations.lite.accountLimit";

    public const int DefaultLiteAccountLimit = 2;

    public const int MinAccountLimit = 1;

    public const int MaxAccountLimit = 100;

    /// <summary>The tenant's Lite limit; the default when it is unset or not a number in range.</summary>
    public static async Task<int> LiteAccountLimitAsync(this ISiteSettings settings, CancellationToken cancellationToken = default) =>
        int.TryParse(await settings.GetAsync(LiteAccountLimit, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
        && limit is >= MinAccountLimit and <= MaxAccountLimit
            ? limit
            : DefaultLiteAccountLimit;
}
