namespace Perspective.Core.Tenants;

/// <summary>
/// One Local Authority served by this deployment, as the host's catalogue records it. Its data
/// lives in a database of its own; this record only says how to find and route to it.
/// </summary>
public sealed class Tenant
{
    /// <summary>The name of the tenant that serves <c>/</c> and holds the platform admin.</summary>
    public const string DefaultName = "Default";

    /// <summary>A slug, unique, never changed: <c>northshire</c>. Also names its database.</summary>
    public required string Name { get; init; }

    /// <summary>The Local Authority's name, shown in every page's header.</summary>
    public required string DisplayName { get; set; }

    /// <summary>Host names that select this tenant, without ports, lower case.</summary>
    public IList<string> HostNames { get; set; } = [];

    /// <summary>A first path segment that selects this tenant (<c>northshire</c> for <c>/northshire/...</c>), or null.</summary>
    public string? UrlPrefix { get; set; }

    public TenantState State { get; set; } = TenantState.Uninitialized;

    /// <summary>Modules switched on for this tenant (besides those always enabled).</summary>
    public IList<string> EnabledFeatures { get; set; } = [];

    /// <summary>The recipe that set the tenant up, and the email of its first administrator.</summary>
    public string? SetupRecipe { get; set; }

    public string? AdminEmail { get; set; }

    public DateTime CreatedUtc { get; init; }

    public bool IsDefault => Name == DefaultName;

    /// <summary>A copy whose lists are its own, so that changing it changes nobody else's.</summary>
    public Tenant Copy()
    {
        var copy = (Tenant)MemberwiseClone();
        copy.HostNames = [.. HostNames];
        copy.EnabledFeatures = [.. EnabledFeatures];
        return copy;
    }
}

public enum TenantState
{
    Uninitialized,
    Running,
    Disabled,
}
