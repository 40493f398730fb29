using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK confirmation panel for the end of a journey:
/// <c>&lt;govuk-panel title="Application complete"&gt;Your reference number&lt;br&gt;&lt;strong&gt;@Model.Reference&lt;/strong&gt;&lt;/govuk-panel&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-panel")]
public sealed class PanelTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = "";

    /// <summary>The title's heading level; 1, as the panel is usually the page's heading.</summary>
    [HtmlAttributeName("heading-level")]
    public int HeadingLevel { get; set; } = 1;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-panel govuk-panel--confirmation");

        var title = new TagBuilder($"h{Math.Clamp(HeadingLevel, 1, 6).ToString(CultureInfo.InvariantCulture)}");
        title.AddCssClass("govuk-panel__title");
        title.InnerHtml.Append(Title);
        output.Content.SetHtmlContent(title);
        if (!content.IsEmptyOrWhiteSpace)
        {
            var body = new TagBuilder("div");
            body.AddCssClass("govuk-panel__body");
            body.InnerHtml.AppendHtml(content);
            output.Content.AppendHtml(body);
        }
    }
}
