namespace Perspective.Core.Organisations;

/// <summary>Why a group of schools exists: a GIAS phase (kept in step on import), a cluster, or any custom list.</summary>
public enum OrganisationGroupKind
{
    Phase,
    Cluster,
    Custom,
}

/// <summary>A group of schools as other modules see it, to offer as a choice.</summary>
/// <param name="OpenSchools">How many of its members are open schools: whom a send to the group reaches.</param>
public sealed record OrganisationGroupInfo(int Id, string Name, OrganisationGroupKind Kind, int OpenSchools);
