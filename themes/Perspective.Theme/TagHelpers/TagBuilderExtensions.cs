using Microsoft.AspNetCore.Mvc.Rendering;

namespace Perspective.Theme.TagHelpers;

internal static class TagBuilderExtensions
{
    /// <summary>Sets an attribute only when it has a value.</summary>
    public static void SetIfPresent(this TagBuilder tag, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tag.Attributes[name] = value;
        }
    }
}
