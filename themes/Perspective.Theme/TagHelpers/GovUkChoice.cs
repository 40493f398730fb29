using Microsoft.AspNetCore.Mvc.Rendering;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// One radio or checkbox with an optional hint under its label:
/// <c>new GovUkChoice("urgent", "Urgent", "We reply within a working day")</c>. It is a
/// <see cref="SelectListItem"/>, so the same <c>items</c> attribute takes plain select list items
/// (from <c>Html.GetEnumSelectList</c> or a <c>SelectList</c>) and choices with hints.
/// </summary>
public sealed class GovUkChoice : SelectListItem
{
    public GovUkChoice(string value, string text, string? hint = null)
        : base(text, value)
    {
        Hint = hint;
    }

    public string? Hint { get; }
}
