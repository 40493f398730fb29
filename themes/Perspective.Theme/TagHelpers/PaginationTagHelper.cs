using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// GOV.UK pagination for numbered pages:
/// <c>&lt;govuk-pagination page="Model.Page" page-count="Model.PageCount" page-url="@(p =&gt; Url.Page(null, new { page = p })!)" /&gt;</c>.
/// Renders nothing for a single page. Shows the first, last, current and adjacent pages, with
/// ellipses between.
/// </summary>
[HtmlTargetElement("govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PaginationTagHelper : TagHelper
{
    [HtmlAttributeName("page")]
    public int Page { get; set; } = 1;

    [HtmlAttributeName("page-count")]
    public int PageCount { get; set; } = 1;

    [HtmlAttributeName("page-url")]
    public Func<int, string> PageUrl { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (PageCount <= 1)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-pagination");
        output.Attributes.SetAttribute("aria-label", "Pagination");
        var html = output.Content;

        if (Page > 1)
        {
            html.AppendHtml($"<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Url(Page - 1)}\" rel=\"prev\">"
                + "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>"
                + "<span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        }

        html.AppendHtml("<ul class=\"govuk-pagination__list\">");
        var previousShown = 0;
        foreach (var number in PagesToShow())
        {
            if (number > previousShown + 1)
            {
                html.AppendHtml("<li class=\"govuk-pagination__item govuk-pagination__item--ellipses\">&ctdot;</li>");
            }

            var text = number.ToString(CultureInfo.InvariantCulture);
            html.AppendHtml(number == Page
                ? $"<li class=\"govuk-pagination__item govuk-pagination__item--current\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Url(number)}\" aria-label=\"Page {text}\" aria-current=\"page\">{text}</a></li>"
                : $"<li class=\"govuk-pagination__item\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Url(number)}\" aria-label=\"Page {text}\">{text}</a></li>");
            previousShown = number;
        }

        html.AppendHtml("</ul>");

        if (Page < PageCount)
        {
            html.AppendHtml($"<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Url(Page + 1)}\" rel=\"next\">"
                + "<span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span>"
                + "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg></a></div>");
        }
    }

    private string Url(int page) => HtmlEncoder.Default.Encode(PageUrl(page));

    private IEnumerable<int> PagesToShow() =>
        new[] { 1, Page - 1, Page, Page + 1, PageCount }
            .Where(n => n >= 1 && n <= PageCount)
            .Distinct()
            .Order();
}
