using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class BreadcrumbsTagHelperTests
{
    [Fact]
    public async Task Breadcrumbs_LinkEachStepAndMarkTheLastAsTheCurrentPage()
    {
        var html = await RenderAsync(new Element("govuk-breadcrumbs", new BreadcrumbsTagHelper(),
            Crumb("/", "Home"), Crumb("/schools", "Schools"), Crumb(null, "Ash Primary")));

        Assert.Equal(
            "<nav class=\"govuk-breadcrumbs\" aria-label=\"Breadcrumb\"><ol class=\"govuk-breadcrumbs__list\">"
            + "<li class=\"govuk-breadcrumbs__list-item\"><a class=\"govuk-breadcrumbs__link\" href=\"/\">Home</a></li>"
            + "<li class=\"govuk-breadcrumbs__list-item\"><a class=\"govuk-breadcrumbs__link\" href=\"/schools\">Schools</a></li>"
            + "<li class=\"govuk-breadcrumbs__list-item\" aria-current=\"page\">Ash Primary</li>"
            + "</ol></nav>",
            html);
    }

    [Fact]
    public async Task Breadcrumbs_CollapseOnMobile_AddsTheModifier()
    {
        var html = await RenderAsync(new Element("govuk-breadcrumbs", new BreadcrumbsTagHelper { CollapseOnMobile = true }, Crumb("/", "Home")));

        Assert.StartsWith("<nav class=\"govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breadcrumb_HostileAddress_IsEncoded()
    {
        var html = await RenderAsync(new Element("govuk-breadcrumbs", new BreadcrumbsTagHelper { Label = Hostile }, Crumb("\"><script>", "Home")));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"&quot;&gt;&lt;script&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"{HostileEncoded}", html, StringComparison.Ordinal);
    }

    private static Element Crumb(string? href, string text) => new("govuk-breadcrumb", new BreadcrumbTagHelper { Href = href }, text);
}
