using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class TaskListTagHelperTests
{
    [Fact]
    public async Task TaskList_ItemWithALink_LinksTheTitleAndDescribesItByItsStatus()
    {
        var html = await RenderAsync(List(new TaskListItemTagHelper { Title = "Company directors", Href = "/directors", Status = "Completed" }));

        Assert.Equal(
            "<ul class=\"govuk-task-list\"><li class=\"govuk-task-list__item govuk-task-list__item--with-link\">"
            + "<div class=\"govuk-task-list__name-and-hint\"><a aria-describedby=\"task-list-1-status\" class=\"govuk-link govuk-task-list__link\" href=\"/directors\">Company directors</a></div>"
            + "<div class=\"govuk-task-list__status\" id=\"task-list-1-status\">Completed</div>"
            + "</li></ul>",
            html);
    }

    [Fact]
    public async Task TaskList_Items_AreNumberedInOrderForTheirIds()
    {
        var html = await RenderAsync(List(
            new TaskListItemTagHelper { Title = "One", Href = "/1", Status = "Completed" },
            new TaskListItemTagHelper { Title = "Two", Href = "/2", Hint = "Takes 5 minutes", Status = "Incomplete", StatusColour = "blue" }));

        Assert.Contains("<a aria-describedby=\"task-list-2-hint task-list-2-status\" class=\"govuk-link govuk-task-list__link\" href=\"/2\">Two</a><div class=\"govuk-task-list__hint\" id=\"task-list-2-hint\">Takes 5 minutes</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-task-list__status\" id=\"task-list-2-status\"><strong class=\"govuk-tag govuk-tag--blue\">Incomplete</strong></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskList_ItemWithoutALink_CannotStartYet()
    {
        var html = await RenderAsync(List(new TaskListItemTagHelper { Title = "Payment" }));

        Assert.Contains("<li class=\"govuk-task-list__item\"><div class=\"govuk-task-list__name-and-hint\"><div>Payment</div></div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-task-list__status govuk-task-list__status--cannot-start-yet\" id=\"task-list-1-status\">Cannot start yet</div>", html, StringComparison.Ordinal);
        Assert.Empty(StartTags(html, "a"));
    }

    [Fact]
    public async Task TaskList_HostileTitleHintStatusAndLink_AreEncoded()
    {
        var html = await RenderAsync(List(new TaskListItemTagHelper { Title = Hostile, Href = Hostile, Hint = Hostile, Status = Hostile }));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split(HostileEncoded).Length - 1);
    }

    private static Element List(params TaskListItemTagHelper[] items) =>
        new("govuk-task-list", new TaskListTagHelper(), items.Select(item => (object)new Element("govuk-task-list-item", item)).ToArray());
}
