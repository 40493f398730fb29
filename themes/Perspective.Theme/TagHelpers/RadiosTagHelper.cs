using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// GOV.UK radios for one answer from a few:
/// <c>&lt;govuk-radios asp-for="Priority" legend="How urgent is it?" items="Model.Priorities" inline /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RadiosTagHelper : GovUkFieldset
{
    /// <summary>Puts the radios side by side; for two short answers such as Yes and No.</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    protected override string Block => "radios";

    protected override string InputType => "radio";

    protected override string? BlockModifier => Inline ? "govuk-radios--inline" : null;
}
