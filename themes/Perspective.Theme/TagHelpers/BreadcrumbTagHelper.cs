using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// One step of <c>&lt;govuk-breadcrumbs&gt;</c>: a link when it has an <c>href</c>; otherwise the
/// current page, marked <c>aria-current="page"</c>.
/// </summary>
[HtmlTargetElement("govuk-breadcrumb", ParentTag = "govuk-breadcrumbs")]
public sealed class BreadcrumbTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "li";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-breadcrumbs__list-item");
        if (Href is null)
        {
            output.Attributes.SetAttribute("aria-current", "page");
            return;
        }

        var link = new TagBuilder("a");
        link.AddCssClass("govuk-breadcrumbs__link");
        link.Attributes["href"] = Href;
        link.InnerHtml.AppendHtml(content);
        output.Content.SetHtmlContent(link);
    }
}
