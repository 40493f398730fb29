using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// What every labelled GOV.UK form field shares: the id, name, hint and error message of
/// <see cref="GovUkFormGroup"/>, and a label, written in the order GOV.UK Frontend expects.
/// </summary>
public abstract class GovUkField : GovUkFormGroup
{
    /// <summary>The label text. Required: every field needs a visible label.</summary>
    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    /// <summary>Makes the label the page's &lt;h1&gt;, for one-question pages.</summary>
    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

    /// <summary>Extra classes on the label, such as <c>govuk-label--m</c>.</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    protected void WriteLabelHintAndError(TagHelperContent content)
    {
        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label");
        if (LabelClass is not null)
        {
            label.AddCssClass(LabelClass);
        }

        label.Attributes["for"] = Id;
        label.InnerHtml.Append(Label);
        if (LabelIsPageHeading)
        {
            var heading = new TagBuilder("h1");
            heading.AddCssClass("govuk-label-wrapper");
            heading.InnerHtml.AppendHtml(label);
            content.AppendHtml(heading);
        }
        else
        {
            content.AppendHtml(label);
        }

        WriteHintAndError(content);
    }
}
