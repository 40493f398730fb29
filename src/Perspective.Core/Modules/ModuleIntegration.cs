namespace Perspective.Core.Modules;

/// <summary>A module's optional integration: its startup and the other modules it needs enabled.</summary>
public sealed record ModuleIntegration(IReadOnlyList<string> RequiresModules, ModuleStartup Startup);

/// <summary>
/// One startup as the host wires it in: a module's own, or one of its integrations. Its
/// contributions are active for a tenant only while every module in <see cref="RequiredModules"/>
/// (the module itself first) is enabled.
/// </summary>
public sealed record ModuleContribution(string ModuleName, IReadOnlyList<string> RequiredModules, ModuleStartup Startup);
