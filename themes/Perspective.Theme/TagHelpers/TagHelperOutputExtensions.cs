using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

internal static class TagHelperOutputExtensions
{
    /// <summary>
    /// Adds classes after any the page wrote on the element. Takes several space-separated classes
    /// at once, which MVC's <c>AddClass</c> refuses.
    /// </summary>
    public static void AddClasses(this TagHelperOutput output, params string?[] classes)
    {
        var names = classes.SelectMany(value => (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var name in names)
        {
            output.AddClass(name, HtmlEncoder.Default);
        }
    }
}
