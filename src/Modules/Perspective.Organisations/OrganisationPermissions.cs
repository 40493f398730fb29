using Perspective.Core.Security;

namespace Perspective.Organisations;

public static class OrganisationPermissions
{
    /// <summary>See every school and team (LA staff).</summary>
    public static readonly Permission ViewAllOrganisations = new("ViewAllOrganisations", "See every school and LA team");

    /// <summary>See one's own school's details.</summary>
    public static readonly Permission ViewOwnOrganisation = new("ViewOwnOrganisation", "See your own organisation's details");

    /// <summary>Import from GIAS, set editions and account limits, manage groups.</summary>
    public static readonly Permission ManageOrganisations = new("ManageOrganisations", "Import schools, set editions and manage groups");
}
