using System.Globalization;
using Perspective.Core.Accounts;
using Perspective.Core.Organisations;

namespace Perspective.Users.Pages.Admin.Users;

/// <summary>One account as the user list, the leavers list and the CSV show it.</summary>
public sealed record UserRow(string Id, string Name, string? Email, string Organisation, IReadOnlyList<string> Roles, AccountStatus Status, DateTime? LastSignInUtc, DateTime? ActivatedUtc)
{
    public static UserRow Of(PerspectiveUser user, IReadOnlyDictionary<string, OrganisationInfo> organisations, ILookup<string, string> roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(roles);
        return new(user.Id, user.DisplayName, user.Email, OrganisationName(user.OrganisationId, organisations), roles[user.Id].ToList(), user.Status, user.LastSignInUtc, user.ActivatedUtc);
    }

    /// <summary>The organisation's name; its id when the directory does not know it; "None" for platform accounts.</summary>
    public static string OrganisationName(string? organisationId, IReadOnlyDictionary<string, OrganisationInfo> organisations) =>
        organisationId is null ? "None"
        : organisations.TryGetValue(organisationId, out var organisation) ? organisation.Name
        : organisationId;

    public static string When(DateTime? utc) =>
        utc?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "Never";

    public string StatusColour => Status switch
    {
        AccountStatus.Active => "green",
        AccountStatus.Invited => "blue",
        _ => "grey",
    };
}
