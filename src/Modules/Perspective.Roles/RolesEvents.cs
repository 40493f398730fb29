using Perspective.Core.Events;

namespace Perspective.Roles;

/// <summary>The events the roles module publishes, each audited.</summary>
public static class RolesEvents
{
    public static readonly AuditKind Created = new("roles.created", "An administrator created a role");

    public static readonly AuditKind Changed = new("roles.changed", "An administrator changed a role's permissions");

    public static readonly AuditKind Deleted = new("roles.deleted", "An administrator deleted a role");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(RolesEvents));
}
