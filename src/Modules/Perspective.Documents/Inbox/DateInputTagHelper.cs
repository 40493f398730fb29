using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Inbox;

/// <summary>
/// A GOV.UK date input (day, month and year boxes in a fieldset) for a <see cref="DateParts"/>
/// property: <c>&lt;govuk-date-input asp-for="Expiry" legend="Expiry date" hint="For example, 27 3 2027" /&gt;</c>.
/// The day box carries the field's id, so the error summary's link lands on it. Kept here until
/// the theme has one (it has no date input yet).
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : GovUkFormGroup
{
    [HtmlAttributeName("legend")]
    public string Legend { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        WriteFormGroupStart(output);
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        fieldset.Attributes["role"] = "group";
        if (DescribedBy is { } describedBy)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        output.Content.AppendHtml(fieldset.RenderStartTag());
        var legend = new TagBuilder("legend");
        legend.AddCssClass("govuk-fieldset__legend");
        legend.AddCssClass("govuk-fieldset__legend--m");
        legend.InnerHtml.Append(Legend);
        output.Content.AppendHtml(legend);
        WriteHintAndError(output.Content);

        var parts = For.Model as DateParts;
        var boxes = new TagBuilder("div");
        boxes.AddCssClass("govuk-date-input");
        boxes.InnerHtml.AppendHtml(Box("Day", Id, parts?.Day, 2));
        boxes.InnerHtml.AppendHtml(Box("Month", $"{Id}-month", parts?.Month, 2));
        boxes.InnerHtml.AppendHtml(Box("Year", $"{Id}-year", parts?.Year, 4));
        output.Content.AppendHtml(boxes);
        output.Content.AppendHtml(fieldset.RenderEndTag());
    }

    private TagBuilder Box(string part, string id, string? value, int width)
    {
        var item = new TagBuilder("div");
        item.AddCssClass("govuk-date-input__item");
        var group = new TagBuilder("div");
        group.AddCssClass("govuk-form-group");
        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label");
        label.AddCssClass("govuk-date-input__label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(part);
        group.InnerHtml.AppendHtml(label);
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        input.AddCssClass("govuk-date-input__input");
        input.AddCssClass($"govuk-input--width-{width}");
        if (ErrorMessage is not null)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["id"] = id;
        input.Attributes["name"] = $"{Name}.{part}";
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        if (value is not null)
        {
            input.Attributes["value"] = value;
        }

        group.InnerHtml.AppendHtml(input);
        item.InnerHtml.AppendHtml(group);
        return item;
    }
}
