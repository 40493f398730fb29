using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// GOV.UK details, a link that reveals more help:
/// <c>&lt;govuk-details summary="Help with file types"&gt;…&lt;/govuk-details&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-details")]
public sealed class DetailsTagHelper : TagHelper
{
    /// <summary>The words of the link that opens it.</summary>
    [HtmlAttributeName("summary")]
    public string Summary { get; set; } = "";

    [HtmlAttributeName("open")]
    public bool Open { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-details");
        if (Open)
        {
            output.Attributes.SetAttribute(new TagHelperAttribute("open"));
        }

        var text = new TagBuilder("span");
        text.AddCssClass("govuk-details__summary-text");
        text.InnerHtml.Append(Summary);
        var summary = new TagBuilder("summary");
        summary.AddCssClass("govuk-details__summary");
        summary.InnerHtml.AppendHtml(text);

        var body = new TagBuilder("div");
        body.AddCssClass("govuk-details__text");
        body.InnerHtml.AppendHtml(content);
        output.Content.SetHtmlContent(summary);
        output.Content.AppendHtml(body);
    }
}
