using Perspective.Core.Accounts;
using Perspective.Core.Organisations;
using Perspective.Users.Administration;

namespace Perspective.Users.Pages.Admin.Users;

/// <summary>Turns a page of accounts into rows, with their organisations' names and their roles (two look-ups, not one per row).</summary>
internal static class UserRows
{
    public static async Task<IReadOnlyList<UserRow>> OfAsync(IReadOnlyList<PerspectiveUser> users, UserAccounts accounts, IOrganisationDirectory directory, CancellationToken cancellationToken)
    {
        var organisations = await directory.FindManyAsync(users.Select(u => u.OrganisationId).OfType<string>().Distinct(), cancellationToken);
        var roles = await accounts.RolesOfAsync(users.Select(u => u.Id).ToList(), cancellationToken);
        return users.Select(u => UserRow.Of(u, organisations, roles)).ToList();
    }
}
