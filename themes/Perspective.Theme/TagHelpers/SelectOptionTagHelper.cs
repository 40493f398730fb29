using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// Selects an <c>&lt;option&gt;</c> written inside <c>&lt;govuk-select&gt;</c> when its value is the
/// model's or the posted value. An option without a <c>value</c> attribute posts its text, so its
/// text is compared instead, as a browser would.
/// </summary>
[HtmlTargetElement("option", ParentTag = "govuk-select")]
public sealed class SelectOptionTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(SelectTagHelper), out var found)
            || found is not IReadOnlySet<string> chosen
            || output.Attributes.ContainsName("selected"))
        {
            return;
        }

        var value = context.AllAttributes.TryGetAttribute("value", out var attribute)
            ? attribute.Value?.ToString() ?? ""
            : (await output.GetChildContentAsync()).GetContent().Trim();
        if (chosen.Contains(value))
        {
            output.Attributes.SetAttribute(new TagHelperAttribute("selected"));
        }
    }
}
