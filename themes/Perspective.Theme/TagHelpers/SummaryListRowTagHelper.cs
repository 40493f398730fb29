using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// One row of a <c>&lt;govuk-summary-list&gt;</c>: the key, the value as content, and an optional
/// change link. Writes nothing itself; the list writes every row once it has seen them all.
/// </summary>
[HtmlTargetElement("govuk-summary-list-row", ParentTag = "govuk-summary-list")]
public sealed class SummaryListRowTagHelper : TagHelper
{
    [HtmlAttributeName("key")]
    public string Key { get; set; } = "";

    /// <summary>Where the change link goes; no link when left out.</summary>
    [HtmlAttributeName("action-href")]
    public string? ActionHref { get; set; }

    [HtmlAttributeName("action-text")]
    public string ActionText { get; set; } = "Change";

    /// <summary>What the link changes, for screen readers: "Change <em>name</em>".</summary>
    [HtmlAttributeName("action-visually-hidden")]
    public string? ActionVisuallyHidden { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var value = await output.GetChildContentAsync();
        var rows = (List<SummaryListRow>)context.Items[typeof(SummaryListTagHelper)];
        rows.Add(new SummaryListRow(Key, value, ActionHref, ActionText, ActionVisuallyHidden));
        output.SuppressOutput();
    }
}
