using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// One task of a <c>&lt;govuk-task-list&gt;</c>. With an <c>href</c> the whole row links to the task;
/// without one the task cannot be started yet, and its status (by default "Cannot start yet") is
/// greyed out. A <c>status-colour</c> shows the status as a coloured tag instead of plain text.
/// </summary>
[HtmlTargetElement("govuk-task-list-item", ParentTag = "govuk-task-list", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TaskListItemTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = "";

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Such as "Completed" or "In progress".</summary>
    [HtmlAttributeName("status")]
    public string? Status { get; set; }

    /// <summary>A tag colour, such as <c>blue</c> for "Incomplete"; plain text when left out.</summary>
    [HtmlAttributeName("status-colour")]
    public string? StatusColour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = ((TaskListNumbering)context.Items[typeof(TaskListTagHelper)]).NextId();
        var canStart = Href is not null;

        output.TagName = "li";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClasses("govuk-task-list__item", canStart ? "govuk-task-list__item--with-link" : null);

        var nameAndHint = new TagBuilder("div");
        nameAndHint.AddCssClass("govuk-task-list__name-and-hint");
        var name = new TagBuilder(canStart ? "a" : "div");
        if (canStart)
        {
            name.SetClasses("govuk-link", "govuk-task-list__link");
            name.Attributes["href"] = Href;
            name.Attributes["aria-describedby"] = Hint is null ? $"{id}-status" : $"{id}-hint {id}-status";
        }

        name.InnerHtml.Append(Title);
        nameAndHint.InnerHtml.AppendHtml(name);
        if (Hint is not null)
        {
            var hint = new TagBuilder("div");
            hint.AddCssClass("govuk-task-list__hint");
            hint.Attributes["id"] = $"{id}-hint";
            hint.InnerHtml.Append(Hint);
            nameAndHint.InnerHtml.AppendHtml(hint);
        }

        var status = new TagBuilder("div");
        status.SetClasses("govuk-task-list__status", canStart ? null : "govuk-task-list__status--cannot-start-yet");
        status.Attributes["id"] = $"{id}-status";
        var statusText = Status ?? (canStart ? "" : "Cannot start yet");
        if (StatusColour is null)
        {
            status.InnerHtml.Append(statusText);
        }
        else
        {
            var tag = new TagBuilder("strong");
            tag.SetClasses("govuk-tag", $"govuk-tag--{StatusColour}");
            tag.InnerHtml.Append(statusText);
            status.InnerHtml.AppendHtml(tag);
        }

        output.Content.SetHtmlContent(nameAndHint);
        output.Content.AppendHtml(status);
    }
}
