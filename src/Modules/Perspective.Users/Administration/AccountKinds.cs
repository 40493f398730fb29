using Perspective.Core.Security;
using Perspective.Core.Organisations;

namespace Perspective.Users.Administration;

/// <summary>Which kind of account an organisation's users have, to choose the roles that suit them.</summary>
public static class AccountKinds
{
    /// <summary>Platform for no organisation; null when the organisation is not one the directory knows.</summary>
    public static async Task<AccountKind?> OfAsync(string? organisationId, IOrganisationDirectory directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (organisationId is null)
        {
            return AccountKind.Platform;
        }

        return (await directory.FindAsync(organisationId, cancellationToken))?.Kind switch
        {
            OrganisationKind.School => AccountKind.School,
            OrganisationKind.LaTeam => AccountKind.LaTeam,
            _ => null,
        };
    }
}
