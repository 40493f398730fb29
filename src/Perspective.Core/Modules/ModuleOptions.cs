namespace Perspective.Core.Modules;

/// <summary>Options bound from <c>Perspective:Modules</c>.</summary>
public sealed class ModuleOptions
{
    /// <summary>Names of modules switched off for the whole deployment, whatever each tenant chose.</summary>
    public IList<string> Disabled { get; } = [];
}
