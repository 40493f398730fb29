using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK date input for a <see cref="DateParts"/> property: a fieldset with its legend, hint and
/// error message, then day, month and year boxes posted as <c>Name.Day</c>, <c>Name.Month</c> and
/// <c>Name.Year</c> with ids <c>{id}-day</c>, <c>{id}-month</c> and <c>{id}-year</c>:
/// <c>&lt;govuk-date-input asp-for="Deadline" legend="Deadline" hint="For example, 27 3 2027" /&gt;</c>.
/// The error is read from the field's key or from a box's id (<see cref="DateParts.ErrorKey"/>, so
/// the error summary links to the first wrong box); the boxes marked are the ones
/// <see cref="DateParts.WrongParts"/> names.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : GovUkLegendedGroup
{
    /// <summary>
    /// The autocomplete token the boxes share, such as <c>bday</c> for a date of birth: each box
    /// gets it with its part, <c>bday-day</c>, <c>bday-month</c> and <c>bday-year</c>.
    /// </summary>
    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    protected override string? ErrorMessage =>
        new[] { Name, DateParts.InputId(Id, DatePart.Day), DateParts.InputId(Id, DatePart.Month), DateParts.InputId(Id, DatePart.Year) }
            .Select(key => ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null)
            .FirstOrDefault(message => message is not null);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        WriteFormGroupStart(output);
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        fieldset.Attributes["role"] = "group";
        fieldset.SetIfPresent("aria-describedby", DescribedBy);
        output.Content.AppendHtml(fieldset.RenderStartTag());
        output.Content.AppendHtml(LegendTag());
        WriteHintAndError(output.Content);

        var parts = For.Model as DateParts ?? new DateParts();
        var wrong = ErrorMessage is null ? DatePart.None : parts.WrongParts;
        var boxes = new TagBuilder("div");
        boxes.AddCssClass("govuk-date-input");
        boxes.Attributes["id"] = Id;
        boxes.InnerHtml.AppendHtml(Box(DatePart.Day, "Day", parts.Day, 2, wrong));
        boxes.InnerHtml.AppendHtml(Box(DatePart.Month, "Month", parts.Month, 2, wrong));
        boxes.InnerHtml.AppendHtml(Box(DatePart.Year, "Year", parts.Year, 4, wrong));
        output.Content.AppendHtml(boxes);
        output.Content.AppendHtml(fieldset.RenderEndTag());
    }

    private TagBuilder Box(DatePart part, string label, string? value, int width, DatePart wrong)
    {
        var id = DateParts.InputId(Id, part);
        var item = new TagBuilder("div");
        item.AddCssClass("govuk-date-input__item");
        var group = new TagBuilder("div");
        group.AddCssClass("govuk-form-group");
        var labelTag = new TagBuilder("label");
        labelTag.SetClasses("govuk-label", "govuk-date-input__label");
        labelTag.Attributes["for"] = id;
        labelTag.InnerHtml.Append(label);
        group.InnerHtml.AppendHtml(labelTag);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.SetClasses("govuk-input", "govuk-date-input__input", $"govuk-input--width-{width}", wrong.HasFlag(part) ? "govuk-input--error" : null);
        input.Attributes["id"] = id;
        input.Attributes["name"] = $"{Name}.{label}";
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        input.SetIfPresent("autocomplete", Autocomplete is null ? null : $"{Autocomplete}-{label.ToLowerInvariant()}");
        input.SetIfPresent("value", value);
        group.InnerHtml.AppendHtml(input);
        item.InnerHtml.AppendHtml(group);
        return item;
    }
}
