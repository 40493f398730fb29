namespace Perspective.Core.Sites;

/// <summary>The current site as pages show it: the tenant's Local Authority name.</summary>
public interface ISite
{
    string Name { get; }
}
