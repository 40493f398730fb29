using Perspective.Core.Organisations;
using Perspective.Organisations.Data;

namespace Perspective.Organisations;

/// <summary>How many accounts an organisation may have: only Lite schools are capped.</summary>
public static class AccountLimits
{
    public static int? For(Organisation organisation, int liteDefault) =>
        organisation is { Kind: OrganisationKind.School, Edition: SchoolEdition.Lite }
            ? organisation.AccountLimitOverride ?? liteDefault
            : null;
}
