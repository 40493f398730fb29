using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK tag showing a status: <c>&lt;govuk-tag colour="green"&gt;Completed&lt;/govuk-tag&gt;</c>.
/// Blue when no colour is given; GOV.UK Frontend 6 also has grey, green, teal, turquoise, purple,
/// magenta, pink, red, orange and yellow.
/// </summary>
[HtmlTargetElement("govuk-tag")]
public sealed class TagTagHelper : TagHelper
{
    [HtmlAttributeName("colour")]
    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClasses("govuk-tag", string.IsNullOrWhiteSpace(Colour) ? null : $"govuk-tag--{Colour.Trim()}");
    }
}
