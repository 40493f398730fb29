using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// The GOV.UK error summary for the page's model state: <c>&lt;govuk-error-summary /&gt;</c>. Renders
/// nothing when the form has no errors; otherwise links each message to its field.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (Field: entry.Key, Message: entry.Value!.Errors[0].ErrorMessage))
            .OrderBy(error => PagePosition(error.Field))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.AppendHtml("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>");
        output.Content.AppendHtml("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (field, message) in errors)
        {
            var encoded = HtmlEncoder.Default.Encode(message);
            // A model-level error (empty key) has no field to link to.
            output.Content.AppendHtml(field.Length == 0
                ? $"<li>{encoded}</li>"
                : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(field, "_")}\">{encoded}</a></li>");
        }

        output.Content.AppendHtml("</ul></div></div>");
    }

    /// <summary>
    /// Where a field comes on the page, so the summary lists errors in page order (as GOV.UK asks)
    /// rather than model-state order: the position of its property in the page model's declaration,
    /// with model-level errors first and unknown keys last.
    /// </summary>
    private int PagePosition(string field)
    {
        if (field.Length == 0)
        {
            return -1;
        }

        var properties = ViewContext.ViewData.Model?.GetType().GetProperties() ?? [];
        // "Deadline-day": a date input's problem sits under the id of its first wrong box.
        var name = field.Split('.', '[', '-')[0];
        var index = Array.FindIndex(properties, p => p.Name == name);
        return index < 0 ? int.MaxValue : index;
    }
}
