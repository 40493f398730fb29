using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK back link: <c>&lt;govuk-back-link href="@Url.Page("Index")" /&gt;</c>, reading "Back"
/// unless it has content of its own. It belongs in the layout's <c>BeforeContent</c> section.
/// </summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class BackLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", Href);
        output.Attributes.SetAttribute("class", "govuk-back-link");
        if (content.IsEmptyOrWhiteSpace)
        {
            output.Content.SetContent("Back");
        }
    }
}
