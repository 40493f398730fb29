using Perspective.Core.Events;

namespace Perspective.Tenants;

/// <summary>The events the tenants module publishes, each audited.</summary>
public static class TenantsEvents
{
    public static readonly AuditKind FeaturesEnabled = new("features.enabled", "A platform administrator turned a feature on");

    public static readonly AuditKind FeaturesDisabled = new("features.disabled", "A platform administrator turned a feature off");

    public static readonly AuditKind CreateRequested = new("tenants.create-requested", "A platform administrator asked for a new local authority site");

    public static readonly AuditKind Created = new("tenants.created", "A local authority's site was created");

    public static readonly AuditKind Deleted = new("tenants.deleted", "A platform administrator deleted a local authority's site");

    public static readonly AuditKind ConfigurationExported = new("tenants.configuration-exported", "A platform administrator exported a site's configuration");

    public static readonly AuditKind Disabled = new("tenants.disabled", "A platform administrator disabled a site");

    public static readonly AuditKind Enabled = new("tenants.enabled", "A platform administrator enabled a site");

    public static readonly AuditKind JobRetried = new("jobs.retried", "An administrator ran a failed background job again");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(TenantsEvents));
}
