namespace Perspective.Core.Modules;

/// <summary>
/// An optional integration of the module with others (Orchard's <c>RequireFeatures</c>): a second
/// <see cref="ModuleStartup"/> whose menu entries, endpoints and permissions are active for a tenant
/// only while this module and every module in <see cref="RequiresModules"/> are enabled for it.
/// Declared beside the manifest:
/// <c>[assembly: ModuleIntegration(typeof(DocumentsIntegration), RequiresModules = ["Perspective.Documents"])]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ModuleIntegrationAttribute(Type startup) : Attribute
{
    /// <summary>The integration's <see cref="ModuleStartup"/> type.</summary>
    public Type Startup { get; } = startup;

    /// <summary>The other modules that must be enabled too. A deployment without one of them leaves the integration out.</summary>
    public string[] RequiresModules { get; init; } = [];
}
