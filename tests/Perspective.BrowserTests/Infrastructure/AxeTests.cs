namespace Perspective.BrowserTests.Infrastructure;

/// <summary>The accessibility check itself: it must find what axe finds, or every "passes axe" above means nothing.</summary>
public sealed class AxeTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    [Fact]
    public async Task APageWithAnUnlabelledImageAndNoLanguage_FailsTheCheck_NamingBothRules()
    {
        var page = await AnonymousPageAsync();
        await page.SetContentAsync("<html><head><title>Broken</title></head><body><main><h1>Broken</h1><img src=\"data:,\"></main></body></html>");

        var findings = await Axe.CheckAsync(page);
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Accessibility.AssertNoViolationsAsync(page));

        Assert.Equal(["html-has-lang", "image-alt"], findings.Violations.Select(violation => violation.Id).Order());
        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("<img src=\"data:,\">", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageThatMeetsTheRules_PassesTheCheck_AndAxeRanRulesOnIt()
    {
        var page = await AnonymousPageAsync();
        await page.SetContentAsync("<html lang=\"en\"><head><title>Fine</title></head><body><main><h1>Fine</h1><img src=\"data:,\" alt=\"A logo\"></main></body></html>");

        var findings = await Axe.CheckAsync(page);

        Assert.Empty(findings.Violations);
        Assert.True(findings.Passes > 5, $"Only {findings.Passes} rules passed.");
    }
}
