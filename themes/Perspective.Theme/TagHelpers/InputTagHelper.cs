using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK text input: <c>&lt;govuk-input asp-for="Email" label="Email address" type="email" autocomplete="email" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : GovUkField
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    /// <summary>Width class, such as <c>govuk-input--width-20</c> or <c>govuk-!-width-one-half</c>.</summary>
    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        WriteFormGroupStart(output);
        WriteLabelHintAndError(output.Content);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        if (InputClass is not null)
        {
            input.AddCssClass(InputClass);
        }

        if (ErrorMessage is not null)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["id"] = Id;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = Type;
        // Passwords are never written back into the page.
        if (Type != "password" && Value is { } value)
        {
            input.Attributes["value"] = value;
        }

        input.SetIfPresent("autocomplete", Autocomplete);
        input.SetIfPresent("inputmode", InputMode);
        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        input.SetIfPresent("aria-describedby", DescribedBy);
        output.Content.AppendHtml(input);
    }
}
