using Perspective.Core.Security;
using Perspective.Core.Settings;

namespace Perspective.Users.TwoFactor;

/// <summary>
/// Which roles must use two-factor, a tenant setting. By default: the admins, and every role that
/// can see Looked After Children information (the Virtual School, and headteachers, who receive
/// their pupils' paperwork).
/// </summary>
public sealed class TwoFactorPolicy(ISiteSettings settings)
{
    public const string SettingKey = "users.twoFactor.requiredRoles";

    public static IReadOnlyList<string> DefaultRoles { get; } =
        [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin, BuiltInRoles.VirtualSchoolOfficer, BuiltInRoles.Headteacher];

    public async Task<IReadOnlyList<string>> RequiredRolesAsync(CancellationToken cancellationToken = default) =>
        await settings.GetAsync(SettingKey, cancellationToken) is { } stored
            ? stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : DefaultRoles;

    public async Task<bool> IsRequiredForAsync(IEnumerable<string> roles, CancellationToken cancellationToken = default)
    {
        var required = await RequiredRolesAsync(cancellationToken);
        return roles.Any(role => required.Contains(role, StringComparer.Ordinal));
    }

    /// <summary>Stores the roles that must use two-factor; the caller saves.</summary>
    public Task SetRequiredRolesAsync(IEnumerable<string> roles, CancellationToken cancellationToken = default) =>
        settings.SetAsync(SettingKey, string.Join(',', roles), cancellationToken);
}
