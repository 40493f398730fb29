namespace Perspective.Core.Modules;

/// <summary>Thrown at start-up when the modules' dependencies cannot be satisfied. The message names the module.</summary>
public sealed class ModuleDependencyException : Exception
{
    public ModuleDependencyException(string message)
        : base(message)
    {
    }

    public ModuleDependencyException()
    {
    }

    public ModuleDependencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
