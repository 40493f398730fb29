using Perspective.Core.Events;

namespace Perspective.Organisations;

/// <summary>The events the organisations module publishes, each audited.</summary>
public static class OrganisationsEvents
{
    public static readonly AuditKind GroupCreated = new("organisations.group-created", "An administrator created a group of schools");

    public static readonly AuditKind GroupDeleted = new("organisations.group-deleted", "An administrator deleted a group of schools");

    public static readonly AuditKind GroupMembersChanged = new("organisations.group-members-changed", "An administrator changed the schools in a group");

    public static readonly AuditKind SettingsChanged = new("organisations.settings-changed", "An administrator changed the organisation settings");

    public static readonly AuditKind TeamCreated = new("organisations.team-created", "An administrator created an LA team");

    public static readonly AuditKind EditionChanged = new("organisations.edition-changed", "An administrator changed a school's edition");

    public static readonly AuditKind Imported = new("organisations.imported", "An administrator imported schools from GIAS");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(OrganisationsEvents));
}
