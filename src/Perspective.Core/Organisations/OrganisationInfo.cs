namespace Perspective.Core.Organisations;

/// <summary>What an organisation is: a school or academy, or a team in the Local Authority.</summary>
public enum OrganisationKind
{
    School,
    LaTeam,
}

/// <summary>
/// A school's edition. Lite has a capped number of accounts and the LA's services; Full has
/// unlimited staff accounts and the school-improvement modules.
/// </summary>
public enum SchoolEdition
{
    Lite,
    Full,
}

/// <summary>An organisation as other modules see it.</summary>
/// <param name="Id">Stable id, e.g. <c>school-100001</c> or <c>team-virtual-school</c>; users carry it as their organisation.</param>
/// <param name="DfeNumber">Seven digits: the LA code then the establishment number. Shown as <c>LLL/EEEE</c>.</param>
/// <param name="AccountLimit">How many accounts (active or invited) the organisation may have; null for no limit.</param>
/// <param name="IsOpen">Open, so documents and requests may be sent to it: neither closed nor only proposed.</param>
/// <param name="IsProposed">GIAS says the school is proposed to open: LA staff see it, but it is not open (nor sent to) yet.</param>
public sealed record OrganisationInfo(
    string Id,
    string Name,
    OrganisationKind Kind,
    int? Urn,
    string? DfeNumber,
    SchoolEdition? Edition,
    int? AccountLimit,
    bool IsOpen,
    bool IsProposed = false)
{
    public bool IsSchool => Kind == OrganisationKind.School;

    /// <summary>The DfE number as people write it, <c>LLL/EEEE</c>, or null for LA teams.</summary>
    public string? DfeNumberShown => DfeNumber is { Length: 7 } n ? $"{n[..3]}/{n[3..]}" : null;
}
