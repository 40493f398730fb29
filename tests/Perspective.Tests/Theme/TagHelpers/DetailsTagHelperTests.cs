using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class DetailsTagHelperTests
{
    [Fact]
    public async Task Details_WrapsTheContentUnderItsSummary()
    {
        var html = await RenderAsync(new DetailsTagHelper { Summary = "Help with file types" }, "govuk-details", "<p>PDF or Word.</p>");

        Assert.Equal(
            "<details class=\"govuk-details\"><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">Help with file types</span></summary>"
            + "<div class=\"govuk-details__text\"><p>PDF or Word.</p></div></details>",
            html);
    }

    [Fact]
    public async Task Details_Open_StartsOpen()
    {
        var html = await RenderAsync(new DetailsTagHelper { Summary = "Help", Open = true }, "govuk-details", "text");

        Assert.StartsWith("<details class=\"govuk-details\" open>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_HostileSummary_IsEncoded()
    {
        var html = await RenderAsync(new DetailsTagHelper { Summary = Hostile }, "govuk-details", "text");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"govuk-details__summary-text\">{HostileEncoded}", html, StringComparison.Ordinal);
    }
}
