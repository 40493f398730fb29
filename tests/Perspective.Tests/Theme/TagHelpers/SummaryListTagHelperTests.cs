using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class SummaryListTagHelperTests
{
    [Fact]
    public async Task SummaryList_RendersEachRowAsKeyValueAndChangeLink()
    {
        var html = await RenderAsync(List(Row("Name", "Ann Smith", "/name", "name")));

        Assert.Equal(
            "<dl class=\"govuk-summary-list\"><div class=\"govuk-summary-list__row\">"
            + "<dt class=\"govuk-summary-list__key\">Name</dt>"
            + "<dd class=\"govuk-summary-list__value\">Ann Smith</dd>"
            + "<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"/name\">Change<span class=\"govuk-visually-hidden\"> name</span></a></dd>"
            + "</div></dl>",
            html);
    }

    [Fact]
    public async Task SummaryList_RowWithoutALinkAmongRowsWithOne_IsMarkedAsHavingNoActions()
    {
        var html = await RenderAsync(List(Row("Name", "Ann", "/name", "name"), Row("Reference", "ABC123")));

        Assert.Contains("<div class=\"govuk-summary-list__row govuk-summary-list__row--no-actions\"><dt class=\"govuk-summary-list__key\">Reference</dt>", html, StringComparison.Ordinal);
        Assert.Single(StartTags(html, "a"));
    }

    [Fact]
    public async Task SummaryList_NoRowHasALink_NoRowIsMarked()
    {
        var html = await RenderAsync(List(Row("Name", "Ann"), Row("Reference", "ABC123")));

        Assert.DoesNotContain("--no-actions", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-summary-list__actions", html, StringComparison.Ordinal);
        Assert.Equal(2, StartTags(html, "dt").Count);
    }

    [Fact]
    public async Task SummaryList_HostileKeyLinkAndHiddenText_AreEncoded()
    {
        var row = new SummaryListRowTagHelper { Key = Hostile, ActionHref = Hostile, ActionText = Hostile, ActionVisuallyHidden = Hostile };

        var html = await RenderAsync(List(new Element("govuk-summary-list-row", row, "value")));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split(HostileEncoded).Length - 1);
    }

    private static Element List(params Element[] rows) => new("govuk-summary-list", new SummaryListTagHelper(), rows);

    private static Element Row(string key, string valueHtml, string? href = null, string? hidden = null) =>
        new("govuk-summary-list-row", new SummaryListRowTagHelper { Key = key, ActionHref = href, ActionVisuallyHidden = hidden }, valueHtml);
}
