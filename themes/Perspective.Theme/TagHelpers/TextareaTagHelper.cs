using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK textarea: <c>&lt;govuk-textarea asp-for="Details" label="Describe the problem" rows="8" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : GovUkField
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    /// <summary>Extra classes on the textarea, such as <c>govuk-!-width-two-thirds</c>.</summary>
    [HtmlAttributeName("textarea-class")]
    public string? TextareaClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        WriteFormGroupStart(output);
        WriteLabelHintAndError(output.Content);

        var textarea = new TagBuilder("textarea");
        textarea.SetClasses("govuk-textarea", ErrorMessage is null ? null : "govuk-textarea--error", TextareaClass);
        textarea.Attributes["id"] = Id;
        textarea.Attributes["name"] = Name;
        textarea.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
        if (Spellcheck is { } spellcheck)
        {
            textarea.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        textarea.SetIfPresent("aria-describedby", DescribedBy);
        textarea.SetIfPresent("autocomplete", Autocomplete);
        // Browsers drop a newline straight after <textarea>; writing one ourselves keeps any
        // newline the value starts with.
        textarea.InnerHtml.AppendHtml(Environment.NewLine);
        textarea.InnerHtml.Append(Value ?? "");
        output.Content.AppendHtml(textarea);
    }
}
