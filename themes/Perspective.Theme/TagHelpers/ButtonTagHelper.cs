using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK button: <c>&lt;govuk-button&gt;Continue&lt;/govuk-button&gt;</c>, a link styled as a button with
/// <c>href</c>, or a secondary or warning button with <c>variant</c>.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class ButtonTagHelper : TagHelper
{
    /// <summary><c>secondary</c>, <c>warning</c> or <c>inverse</c>; primary when left out.</summary>
    [HtmlAttributeName("variant")]
    public string? Variant { get; set; }

    /// <summary>Makes the button a link to this address (a start or navigation button).</summary>
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "submit";

    /// <summary>Stops a double click from submitting the form twice.</summary>
    [HtmlAttributeName("prevent-double-click")]
    public bool PreventDoubleClick { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = Variant is null ? "govuk-button" : $"govuk-button govuk-button--{Variant}";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", classes);
        output.Attributes.SetAttribute("data-module", "govuk-button");
        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
            return;
        }

        output.TagName = "button";
        output.Attributes.SetAttribute("type", Type);
        if (PreventDoubleClick)
        {
            output.Attributes.SetAttribute("data-prevent-double-click", "true");
        }
    }
}
