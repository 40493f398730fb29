using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK notification banner:
/// <c>&lt;govuk-notification-banner type="success" heading="Document uploaded" /&gt;</c>, or with
/// content for more than one line. A success banner is an alert that a screen reader announces at
/// once; any other is a labelled region the user can navigate to.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class NotificationBannerTagHelper : TagHelper
{
    /// <summary><c>success</c> for the outcome of something the user did; important information when left out.</summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    /// <summary>The banner's title; "Success" or "Important" when left out.</summary>
    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    /// <summary>The id the banner is labelled by; change it when a page has two banners.</summary>
    [HtmlAttributeName("title-id")]
    public string TitleId { get; set; } = "govuk-notification-banner-title";

    /// <summary>A one-line message in the banner's heading style, written before any content.</summary>
    [HtmlAttributeName("heading")]
    public string? Heading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var success = Type == "success";
        var content = await output.GetChildContentAsync();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", TagBuilderExtensions.Classes("govuk-notification-banner", success ? "govuk-notification-banner--success" : null));
        output.Attributes.SetAttribute("role", success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", TitleId);
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");

        var title = new TagBuilder("h2");
        title.AddCssClass("govuk-notification-banner__title");
        title.Attributes["id"] = TitleId;
        title.InnerHtml.Append(Title ?? (success ? "Success" : "Important"));
        var header = new TagBuilder("div");
        header.AddCssClass("govuk-notification-banner__header");
        header.InnerHtml.AppendHtml(title);

        var body = new TagBuilder("div");
        body.AddCssClass("govuk-notification-banner__content");
        if (Heading is not null)
        {
            var heading = new TagBuilder("p");
            heading.AddCssClass("govuk-notification-banner__heading");
            heading.InnerHtml.Append(Heading);
            body.InnerHtml.AppendHtml(heading);
        }

        body.InnerHtml.AppendHtml(content);
        output.Content.SetHtmlContent(header);
        output.Content.AppendHtml(body);
    }
}
