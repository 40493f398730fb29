using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>A form group that is a fieldset with a legend: radios, checkboxes and the date input.</summary>
public abstract class GovUkLegendedGroup : GovUkFormGroup
{
    /// <summary>The question. Required: the legend is what a screen reader announces for the group.</summary>
    [HtmlAttributeName("legend")]
    public string Legend { get; set; } = "";

    /// <summary>Makes the legend the page's &lt;h1&gt;, for one-question pages.</summary>
    [HtmlAttributeName("legend-is-page-heading")]
    public bool LegendIsPageHeading { get; set; }

    /// <summary>
    /// Size class on the legend, such as <c>govuk-fieldset__legend--m</c>. A legend that is the page
    /// heading is <c>govuk-fieldset__legend--l</c> unless this says otherwise.
    /// </summary>
    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    protected TagBuilder LegendTag()
    {
        var legend = new TagBuilder("legend");
        legend.SetClasses("govuk-fieldset__legend", LegendClass ?? (LegendIsPageHeading ? "govuk-fieldset__legend--l" : null));
        if (LegendIsPageHeading)
        {
            var heading = new TagBuilder("h1");
            heading.AddCssClass("govuk-fieldset__heading");
            heading.InnerHtml.Append(Legend);
            legend.InnerHtml.AppendHtml(heading);
        }
        else
        {
            legend.InnerHtml.Append(Legend);
        }

        return legend;
    }
}
