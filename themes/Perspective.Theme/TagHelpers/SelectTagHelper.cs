using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK select, with its options written as <c>&lt;option&gt;</c> children, given as
/// <c>items</c>, or both (children first):
/// <c>&lt;govuk-select asp-for="SchoolId" label="School" items="Model.Schools"&gt;&lt;option value=""&gt;Choose a school&lt;/option&gt;&lt;/govuk-select&gt;</c>.
/// The option matching the model's or the posted value is selected.
/// </summary>
[HtmlTargetElement("govuk-select")]
public sealed class SelectTagHelper : GovUkField
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>Extra classes on the select, such as <c>govuk-!-width-one-half</c>.</summary>
    [HtmlAttributeName("select-class")]
    public string? SelectClass { get; set; }

    /// <summary>Hands the values to select to the <see cref="SelectOptionTagHelper"/> children.</summary>
    public override void Init(TagHelperContext context) =>
        context.Items[typeof(SelectTagHelper)] = ChosenValues;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var children = await output.GetChildContentAsync();
        WriteFormGroupStart(output);
        WriteLabelHintAndError(output.Content);

        var select = new TagBuilder("select");
        select.SetClasses("govuk-select", SelectClass, ErrorMessage is null ? null : "govuk-select--error");
        select.Attributes["id"] = Id;
        select.Attributes["name"] = Name;
        select.SetIfPresent("aria-describedby", DescribedBy);
        select.InnerHtml.AppendHtml(children);
        var chosen = ChosenValues;
        foreach (var item in Items ?? [])
        {
            select.InnerHtml.AppendHtml(OptionTag(item, chosen));
        }

        output.Content.AppendHtml(select);
    }

    private static TagBuilder OptionTag(SelectListItem item, IReadOnlySet<string> chosen)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = item.Value;
        // The model's or the posted value decides; only when there is none does the item's own flag count.
        if (chosen.Count == 0 ? item.Selected : chosen.Contains(item.Value))
        {
            option.Attributes["selected"] = "selected";
        }

        if (item.Disabled)
        {
            option.Attributes["disabled"] = "disabled";
        }

        option.InnerHtml.Append(item.Text);
        return option;
    }
}
