namespace Perspective.Organisations.Data;

/// <summary>A set of schools to target at once: a phase, a cluster, or any custom list.</summary>
public sealed class OrganisationGroup
{
    public int Id { get; init; }

    public required string Name { get; set; }

    public required GroupKind Kind { get; init; }

    public DateTime CreatedUtc { get; init; }
}

public enum GroupKind
{
    /// <summary>Kept in step with GIAS <c>PhaseOfEducation (name)</c> on import.</summary>
    Phase,
    Cluster,
    Custom,
}

/// <summary>One school's place in a group.</summary>
public sealed class OrganisationGroupMember
{
    public int GroupId { get; init; }

    public required string OrganisationId { get; init; }
}
