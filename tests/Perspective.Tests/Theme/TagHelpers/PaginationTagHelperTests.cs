using System.Globalization;
using System.Text.RegularExpressions;
using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class PaginationTagHelperTests
{
    [Fact]
    public async Task Pagination_OnePage_RendersNothing()
    {
        var html = await RenderAsync(Pages(page: 1, pageCount: 1), "govuk-pagination");

        Assert.Equal("", html);
    }

    [Fact]
    public async Task Pagination_Page5Of10_ShowsTheEndsAndNeighboursWithEllipsesBetween()
    {
        var html = await RenderAsync(Pages(page: 5, pageCount: 10), "govuk-pagination");

        Assert.Equal(["1", "…", "4", "5", "6", "…", "10"], Items(html));
        Assert.Contains("<a class=\"govuk-link govuk-pagination__link\" href=\"/schools?page=5\" aria-label=\"Page 5\" aria-current=\"page\">5</a>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "aria-current"));
    }

    [Fact]
    public async Task Pagination_MiddlePage_LinksToThePreviousAndNextPages()
    {
        var html = await RenderAsync(Pages(page: 5, pageCount: 10), "govuk-pagination");

        Assert.StartsWith("<nav class=\"govuk-pagination\" aria-label=\"Pagination\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"/schools?page=4\" rel=\"prev\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"/schools?page=6\" rel=\"next\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pagination_FirstPage_HasNoPreviousLink()
    {
        var html = await RenderAsync(Pages(page: 1, pageCount: 3), "govuk-pagination");

        Assert.DoesNotContain("govuk-pagination__prev", html, StringComparison.Ordinal);
        Assert.Contains("govuk-pagination__next", html, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3"], Items(html));
    }

    [Fact]
    public async Task Pagination_LastPage_HasNoNextLink()
    {
        var html = await RenderAsync(Pages(page: 3, pageCount: 3), "govuk-pagination");

        Assert.Contains("govuk-pagination__prev", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-pagination__next", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pagination_PageAddress_IsEncoded()
    {
        var helper = Pages(page: 1, pageCount: 2);
        helper.PageUrl = page => $"/search?q=\"><script>&page={page}";

        var html = await RenderAsync(helper, "govuk-pagination");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=&quot;&gt;&lt;script&gt;&amp;page=2\"", html, StringComparison.Ordinal);
    }

    private static PaginationTagHelper Pages(int page, int pageCount) => new()
    {
        Page = page,
        PageCount = pageCount,
        PageUrl = number => "/schools?page=" + number.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>What each list item shows: a page number, or … for the ellipsis.</summary>
    private static string[] Items(string html) =>
        Regex.Matches(html, "<li class=\"govuk-pagination__item[^\"]*\">(?:<a [^>]*>(\\d+)</a>|(&ctdot;))</li>")
            .Select(match => match.Groups[1].Success ? match.Groups[1].Value : "…")
            .ToArray();
}
