namespace Perspective.Core.Modules;

/// <summary>
/// The manifest of a module, declared once per module assembly:
/// <c>[assembly: Module(Name = "Perspective.Audit", Category = "Administration", ...)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    /// <summary>The module's id, which is also its Razor area name. By convention the assembly name.</summary>
    public required string Name { get; init; }

    public string Category { get; init; } = "General";

    public string Description { get; init; } = "";

    /// <summary>Names of the modules this one needs; they start before it and cannot be disabled while it is enabled.</summary>
    public string[] Dependencies { get; init; } = [];

    /// <summary>On for every tenant and never switched off in the browser (sign-in, recipes, the host's own screens).</summary>
    public bool AlwaysEnabled { get; init; }

    /// <summary>The <see cref="ModuleStartup"/> type of this module.</summary>
    public required Type Startup { get; init; }
}
