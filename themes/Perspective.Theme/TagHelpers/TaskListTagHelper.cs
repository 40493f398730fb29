using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A GOV.UK task list of the steps in a longer journey:
/// <c>&lt;govuk-task-list&gt;&lt;govuk-task-list-item title="Upload documents" href="/documents" status="Incomplete" status-colour="blue" /&gt;&lt;/govuk-task-list&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-task-list")]
[RestrictChildren("govuk-task-list-item")]
public sealed class TaskListTagHelper : TagHelper
{
    /// <summary>Starts the ids of each item's hint and status; change it when a page has two lists.</summary>
    [HtmlAttributeName("id-prefix")]
    public string IdPrefix { get; set; } = "task-list";

    /// <summary>Gives the items their shared numbering.</summary>
    public override void Init(TagHelperContext context) =>
        context.Items[typeof(TaskListTagHelper)] = new TaskListNumbering(IdPrefix);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "ul";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClasses("govuk-task-list");
    }
}

/// <summary>Numbers a task list's items in the order they are written, for their ids.</summary>
internal sealed class TaskListNumbering(string idPrefix)
{
    private int _count;

    public string NextId() => $"{idPrefix}-{++_count}";
}
