using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// What every GOV.UK form field shares: its id and name from <c>asp-for</c>, a label, a hint and
/// the error message from model state, written in the order GOV.UK Frontend expects.
/// </summary>
public abstract class GovUkField : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>The label text. Required: every field needs a visible label.</summary>
    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Makes the label the page's &lt;h1&gt;, for one-question pages.</summary>
    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

    /// <summary>Extra classes on the label, such as <c>govuk-label--m</c>.</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => For.Name;

    protected string Id => TagBuilder.CreateSanitizedId(For.Name, "_");

    protected string? ErrorMessage =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>The value to show: what was posted if the form failed validation, else the model's value.</summary>
    protected string? Value =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : For.Model?.ToString();

    protected string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : $"{Id}-hint", ErrorMessage is null ? null : $"{Id}-error" }.OfType<string>()) is { Length: > 0 } ids
            ? ids
            : null;

    protected void WriteFormGroupStart(TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", ErrorMessage is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
    }

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

    protected void WriteHintAndError(TagHelperContent content)
    {
        if (Hint is not null)
        {
            content.AppendHtml($"<div id=\"{Id}-hint\" class=\"govuk-hint\">{HtmlEncoder.Default.Encode(Hint)}</div>");
        }

        if (ErrorMessage is not null)
        {
            content.AppendHtml(
                $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {HtmlEncoder.Default.Encode(ErrorMessage)}</p>");
        }
    }
}
