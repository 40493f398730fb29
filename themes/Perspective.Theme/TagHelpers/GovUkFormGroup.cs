using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// What every GOV.UK form group shares, whether it is labelled (<see cref="GovUkField"/>) or a
/// fieldset with a legend (<see cref="GovUkFieldset"/>): its id and name from <c>asp-for</c>, a
/// hint, and the error message and posted value from model state.
/// </summary>
public abstract class GovUkFormGroup : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => For.Name;

    protected string Id => TagBuilder.CreateSanitizedId(For.Name, "_");

    /// <summary>The first error for the field, from model state; a helper whose errors sit under other keys says where.</summary>
    protected virtual string? ErrorMessage =>
        StateEntry is { Errors.Count: > 0 } entry ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The value to show: what was posted if the form failed validation, else the model's value.</summary>
    protected string? Value =>
        StateEntry is { AttemptedValue: { } attempted } ? attempted : For.Model?.ToString();

    /// <summary>
    /// The values to mark as chosen in a select, radios or checkboxes: what was posted if the form
    /// failed validation, else the model's value, or each of its values when it is a collection.
    /// Compared without regard to case, as MVC's own helpers do, so a <c>bool</c> matches
    /// <c>"true"</c> and an enum matches its name or its number.
    /// </summary>
    protected IReadOnlySet<string> ChosenValues
    {
        get
        {
            var source = StateEntry?.RawValue ?? For.Model;
            var values = source switch
            {
                null => [],
                string single => [single],
                IEnumerable many => many.Cast<object?>().SelectMany(Formats),
                _ => Formats(source),
            };
            return values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
    }

    protected string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : $"{Id}-hint", ErrorMessage is null ? null : $"{Id}-error" }.OfType<string>()) is { Length: > 0 } ids
            ? ids
            : null;

    private ModelStateEntry? StateEntry =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) ? entry : null;

    protected void WriteFormGroupStart(TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", ErrorMessage is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
    }

    protected void WriteHintAndError(TagHelperContent content)
    {
        if (Hint is not null)
        {
            content.AppendHtml($"<div id=\"{Id}-hint\" class=\"govuk-hint\">{HtmlEncoder.Default.Encode(Hint)}</div>");
        }

        if (ErrorMessage is not null)
        {
            content.AppendHtml(
                $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {HtmlEncoder.Default.Encode(ErrorMessage)}</p>");
        }
    }

    private static IEnumerable<string> Formats(object? value) => value switch
    {
        null => [],
        Enum option => [option.ToString(), Convert.ToInt64(option, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)],
        _ => [Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""],
    };
}
