using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// Radios and checkboxes: a fieldset whose legend asks the question, then the hint, the error
/// message and one input per item. The first input's id is the field's id, so the error summary's
/// link to the field lands on it; the others get <c>-2</c>, <c>-3</c> and so on.
/// </summary>
public abstract class GovUkFieldset : GovUkLegendedGroup
{
    /// <summary>The choices; a <see cref="GovUkChoice"/> among them shows its hint.</summary>
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>The smaller variant, for filters and busy pages.</summary>
    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    /// <summary><c>radios</c> or <c>checkboxes</c>: the GOV.UK block name, which is also the input type's plural.</summary>
    protected abstract string Block { get; }

    protected abstract string InputType { get; }

    /// <summary>Modifier classes on the block beyond <c>--small</c>, such as <c>govuk-radios--inline</c>.</summary>
    protected virtual string? BlockModifier => null;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        WriteFormGroupStart(output);

        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        fieldset.SetIfPresent("aria-describedby", DescribedBy);
        output.Content.AppendHtml(fieldset.RenderStartTag());
        output.Content.AppendHtml(LegendTag());
        WriteHintAndError(output.Content);

        var block = new TagBuilder("div");
        block.SetClasses($"govuk-{Block}", Small ? $"govuk-{Block}--small" : null, BlockModifier);
        block.Attributes["data-module"] = $"govuk-{Block}";
        var chosen = ChosenValues;
        var number = 1;
        foreach (var item in Items)
        {
            block.InnerHtml.AppendHtml(ItemTag(item, number == 1 ? Id : $"{Id}-{number}", chosen));
            number++;
        }

        output.Content.AppendHtml(block);
        output.Content.AppendHtml(fieldset.RenderEndTag());
    }

    private TagBuilder ItemTag(SelectListItem item, string itemId, IReadOnlySet<string> chosen)
    {
        var hint = (item as GovUkChoice)?.Hint;
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass($"govuk-{Block}__item");

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass($"govuk-{Block}__input");
        input.Attributes["id"] = itemId;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = InputType;
        input.Attributes["value"] = item.Value;
        // The model's or the posted values decide; only when there are none (a new form) does
        // what the page marked as selected count.
        if (chosen.Count == 0 ? item.Selected : chosen.Contains(item.Value))
        {
            input.Attributes["checked"] = "checked";
        }

        if (item.Disabled)
        {
            input.Attributes["disabled"] = "disabled";
        }

        input.SetIfPresent("aria-describedby", hint is null ? null : $"{itemId}-item-hint");
        wrapper.InnerHtml.AppendHtml(input);

        var label = new TagBuilder("label");
        label.SetClasses("govuk-label", $"govuk-{Block}__label");
        label.Attributes["for"] = itemId;
        label.InnerHtml.Append(item.Text);
        wrapper.InnerHtml.AppendHtml(label);

        if (hint is not null)
        {
            var hintTag = new TagBuilder("div");
            hintTag.SetClasses("govuk-hint", $"govuk-{Block}__hint");
            hintTag.Attributes["id"] = $"{itemId}-item-hint";
            hintTag.InnerHtml.Append(hint);
            wrapper.InnerHtml.AppendHtml(hintTag);
        }

        return wrapper;
    }
}
