namespace Perspective.Core.Sites;

/// <summary>The site's identity as pages show it, bound from <c>Perspective:Site</c>.</summary>
public sealed class SiteOptions
{
    /// <summary>The Local Authority's name, shown in the header of every page.</summary>
    public string Name { get; set; } = "Perspective";
}
