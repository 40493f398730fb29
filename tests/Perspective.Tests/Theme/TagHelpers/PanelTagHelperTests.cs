using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class PanelTagHelperTests
{
    [Fact]
    public async Task Panel_IsAConfirmationPanelWithAnH1TitleAndItsContent()
    {
        var html = await RenderAsync(new PanelTagHelper { Title = "Application complete" }, "govuk-panel", "Your reference number<br><strong>HDJ2123F</strong>");

        Assert.Equal(
            "<div class=\"govuk-panel govuk-panel--confirmation\"><h1 class=\"govuk-panel__title\">Application complete</h1>"
            + "<div class=\"govuk-panel__body\">Your reference number<br><strong>HDJ2123F</strong></div></div>",
            html);
    }

    [Fact]
    public async Task Panel_WithoutContent_HasNoBody()
    {
        var html = await RenderAsync(new PanelTagHelper { Title = "Sent", HeadingLevel = 2 }, "govuk-panel");

        Assert.Equal("<div class=\"govuk-panel govuk-panel--confirmation\"><h2 class=\"govuk-panel__title\">Sent</h2></div>", html);
    }

    [Fact]
    public async Task Panel_HostileTitle_IsEncoded()
    {
        var html = await RenderAsync(new PanelTagHelper { Title = Hostile }, "govuk-panel");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 class=\"govuk-panel__title\">{HostileEncoded}", html, StringComparison.Ordinal);
    }
}
