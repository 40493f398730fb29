using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// GOV.UK breadcrumbs:
/// <c>&lt;govuk-breadcrumbs&gt;&lt;govuk-breadcrumb href="/"&gt;Home&lt;/govuk-breadcrumb&gt;&lt;govuk-breadcrumb&gt;Schools&lt;/govuk-breadcrumb&gt;&lt;/govuk-breadcrumbs&gt;</c>.
/// They belong in the layout's <c>BeforeContent</c> section.
/// </summary>
[HtmlTargetElement("govuk-breadcrumbs")]
[RestrictChildren("govuk-breadcrumb")]
public sealed class BreadcrumbsTagHelper : TagHelper
{
    /// <summary>Shows only the last link on small screens, for deep trails.</summary>
    [HtmlAttributeName("collapse-on-mobile")]
    public bool CollapseOnMobile { get; set; }

    [HtmlAttributeName("label")]
    public string Label { get; set; } = "Breadcrumb";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", TagBuilderExtensions.Classes("govuk-breadcrumbs", CollapseOnMobile ? "govuk-breadcrumbs--collapse-on-mobile" : null));
        output.Attributes.SetAttribute("aria-label", Label);
        output.PreContent.AppendHtml("<ol class=\"govuk-breadcrumbs__list\">");
        output.PostContent.AppendHtml("</ol>");
    }
}
