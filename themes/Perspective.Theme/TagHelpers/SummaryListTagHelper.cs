using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK summary list, such as a check-your-answers page, written as rows:
/// <c>&lt;govuk-summary-list&gt;&lt;govuk-summary-list-row key="Name" action-href="/name" action-visually-hidden="name"&gt;@Model.Name&lt;/govuk-summary-list-row&gt;&lt;/govuk-summary-list&gt;</c>.
/// The rows are collected first and written here, because a row without a change link needs to
/// know whether any other row has one.
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
[RestrictChildren("govuk-summary-list-row")]
public sealed class SummaryListTagHelper : TagHelper
{
    /// <summary>Leaves out the row borders, for a short list inside other content.</summary>
    [HtmlAttributeName("no-border")]
    public bool NoBorder { get; set; }

    public override void Init(TagHelperContext context) =>
        context.Items[typeof(SummaryListTagHelper)] = new List<SummaryListRow>();

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        await output.GetChildContentAsync();
        var rows = (List<SummaryListRow>)context.Items[typeof(SummaryListTagHelper)];
        var anyActions = rows.Any(row => row.ActionHref is not null);

        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClasses("govuk-summary-list", NoBorder ? "govuk-summary-list--no-border" : null);
        output.Content.Clear();
        foreach (var row in rows)
        {
            output.Content.AppendHtml(RowTag(row, anyActions));
        }
    }

    private static TagBuilder RowTag(SummaryListRow row, bool anyActions)
    {
        var wrapper = new TagBuilder("div");
        wrapper.SetClasses("govuk-summary-list__row", anyActions && row.ActionHref is null ? "govuk-summary-list__row--no-actions" : null);

        var key = new TagBuilder("dt");
        key.AddCssClass("govuk-summary-list__key");
        key.InnerHtml.Append(row.Key);
        wrapper.InnerHtml.AppendHtml(key);

        var value = new TagBuilder("dd");
        value.AddCssClass("govuk-summary-list__value");
        value.InnerHtml.AppendHtml(row.Value);
        wrapper.InnerHtml.AppendHtml(value);

        if (row.ActionHref is not null)
        {
            var link = new TagBuilder("a");
            link.AddCssClass("govuk-link");
            link.Attributes["href"] = row.ActionHref;
            link.InnerHtml.Append(row.ActionText);
            if (row.ActionVisuallyHidden is not null)
            {
                // The hidden words tell a screen reader user what "Change" changes.
                var hidden = new TagBuilder("span");
                hidden.AddCssClass("govuk-visually-hidden");
                hidden.InnerHtml.Append($" {row.ActionVisuallyHidden}");
                link.InnerHtml.AppendHtml(hidden);
            }

            var actions = new TagBuilder("dd");
            actions.AddCssClass("govuk-summary-list__actions");
            actions.InnerHtml.AppendHtml(link);
            wrapper.InnerHtml.AppendHtml(actions);
        }

        return wrapper;
    }
}

/// <summary>One row of a summary list as its tag helper collected it.</summary>
internal sealed record SummaryListRow(string Key, IHtmlContent Value, string? ActionHref, string ActionText, string? ActionVisuallyHidden);
