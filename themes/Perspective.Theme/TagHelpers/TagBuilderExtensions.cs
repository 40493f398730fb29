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

    /// <summary>
    /// Sets the class attribute to the classes that have a value, in the order given, so optional
    /// modifiers need no <c>if</c> each.
    /// </summary>
    public static void SetClasses(this TagBuilder tag, params string?[] classes) =>
        tag.Attributes["class"] = Classes(classes);

    /// <summary>The classes that have a value, space separated.</summary>
    public static string Classes(params string?[] classes) =>
        string.Join(' ', classes.Where(value => !string.IsNullOrWhiteSpace(value)));
}
