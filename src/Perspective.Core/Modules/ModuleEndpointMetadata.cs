namespace Perspective.Core.Modules;

/// <summary>Marks an endpoint as belonging to a module, so it answers 404 while that module is disabled.</summary>
public sealed record ModuleEndpointMetadata(string ModuleName);
