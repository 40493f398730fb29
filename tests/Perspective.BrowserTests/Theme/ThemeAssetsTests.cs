using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;

namespace Perspective.BrowserTests.Theme;

public sealed class ThemeAssetsTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const string ThemeStylesheet = "/_content/Perspective.Theme/css/theme.css";
    private const string ThemeScript = "/_content/Perspective.Theme/js/app.js";

    [Fact]
    public async Task Stylesheet_AndScripts_LoadWithoutCspErrors()
    {
        var page = await AnonymousPageAsync();
        var consoleErrors = new List<string>();
        var failedRequests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.RequestFailed += (_, request) => failedRequests.Add($"{request.Url}: {request.Failure}");
        var stylesheet = page.WaitForResponseAsync(response => new Uri(response.Url).AbsolutePath == ThemeStylesheet);
        var script = page.WaitForResponseAsync(response => new Uri(response.Url).AbsolutePath == ThemeScript);

        await page.GotoAsync("/sign-in");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(200, (await stylesheet).Status);
        Assert.Equal(200, (await script).Status);
        Assert.Empty(failedRequests);
        Assert.DoesNotContain(consoleErrors, error => error.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        // Set by the inline script, which runs only when the policy allows its nonce.
        Assert.True(await page.EvaluateAsync<bool>("document.body.classList.contains('govuk-frontend-supported')"));
        await ScreenshotAsync(page);
    }
}
