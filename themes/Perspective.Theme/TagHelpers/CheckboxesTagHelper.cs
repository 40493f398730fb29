using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// GOV.UK checkboxes bound to a collection property, each ticked box posting its value under the
/// same name: <c>&lt;govuk-checkboxes asp-for="PhaseIds" legend="Which phases?" items="Model.Phases" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxesTagHelper : GovUkFieldset
{
    protected override string Block => "checkboxes";

    protected override string InputType => "checkbox";
}
