namespace Perspective.Core.Modules;

/// <summary>Which modules are switched on for the current request.</summary>
public interface IModuleFeatures
{
    bool IsEnabled(string moduleName);
}
