using Perspective.Core.Settings;

namespace Perspective.Users.Invitations;

/// <summary>
/// Addresses a whole office reads, such as office@ or admin@. Each person needs an account of their
/// own so the portal can record who did what, so invitations to these are refused. The tenant's
/// setting <c>users.sharedMailboxes</c> lists the local parts, comma-separated.
/// </summary>
public sealed class SharedMailboxes(ISiteSettings settings)
{
    public const string SettingKey = "users.sharedMailboxes";

    public const string Default = "office,admin,head,headteacher,enquiries,info,school,reception,bursar,finance";

    public async Task<bool> IsSharedAsync(string email, CancellationToken cancellationToken = default)
    {
        var localPart = email.Split('@')[0].Trim();
        var list = await settings.GetAsync(SettingKey, cancellationToken) ?? Default;
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(localPart, StringComparer.OrdinalIgnoreCase);
    }
}
