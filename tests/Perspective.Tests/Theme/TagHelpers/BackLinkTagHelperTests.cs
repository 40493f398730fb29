using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class BackLinkTagHelperTests
{
    [Fact]
    public async Task BackLink_WithoutContent_ReadsBack()
    {
        var html = await RenderAsync(new BackLinkTagHelper { Href = "/schools" }, "govuk-back-link");

        Assert.Equal("<a href=\"/schools\" class=\"govuk-back-link\">Back</a>", html);
    }

    [Fact]
    public async Task BackLink_WithContent_ReadsItsContent()
    {
        var html = await RenderAsync(new BackLinkTagHelper { Href = "/schools" }, "govuk-back-link", "Back to schools");

        Assert.Equal("<a href=\"/schools\" class=\"govuk-back-link\">Back to schools</a>", html);
    }

    [Fact]
    public async Task BackLink_HostileAddress_IsEncoded()
    {
        var html = await RenderAsync(new BackLinkTagHelper { Href = "\"><script>" }, "govuk-back-link");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"&quot;&gt;&lt;script&gt;\"", html, StringComparison.Ordinal);
    }
}
