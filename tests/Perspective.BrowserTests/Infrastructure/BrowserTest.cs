using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Perspective.Tests.Infrastructure;

namespace Perspective.BrowserTests.Infrastructure;

/// <summary>
/// A browser test: opens pages on the shared server, each in its own browser context (own cookies),
/// optionally signed in through the test header, and closes them all when the test ends.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public abstract class BrowserTest(ChromiumFixture chromium, PerspectiveServer server) : IAsyncLifetime
{
    /// <summary>Set to a folder to keep a full-page screenshot of every page a test looks at.</summary>
    public const string ScreenshotsVariable = "PERSPECTIVE_SCREENSHOTS";

    private readonly List<IBrowserContext> _contexts = [];

    protected PerspectiveServer Server { get; } = server;

    /// <summary>A fresh page whose requests carry no credentials.</summary>
    protected Task<IPage> AnonymousPageAsync() => NewPageAsync(extraHeaders: null);

    /// <summary>A fresh page with no credentials on another server than the shared one.</summary>
    protected Task<IPage> AnonymousPageAsync(PerspectiveServer other) => NewPageAsync(extraHeaders: null, other);

    /// <summary>A fresh page whose every request is signed in as the given user.</summary>
    protected Task<IPage> PageSignedInAsAsync(string name, string[] roles, string organisationId = "LA") =>
        NewPageAsync(new Dictionary<string, string> { [TestAuthHandler.Header] = TestAuthHandler.HeaderValue(name, roles, organisationId) });

    /// <summary>Saves a full-page screenshot named after the test, when <see cref="ScreenshotsVariable"/> is set.</summary>
    protected async Task ScreenshotAsync(IPage page, string? step = null, [CallerMemberName] string test = "")
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotsVariable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var name = step is null ? $"{GetType().Name}.{test}.png" : $"{GetType().Name}.{test}.{step}.png";
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    private async Task<IPage> NewPageAsync(Dictionary<string, string>? extraHeaders, PerspectiveServer? server = null)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (server ?? Server).BaseAddress.ToString(),
            // The server's certificate is a throwaway self-signed one made for this run.
            IgnoreHTTPSErrors = true,
            Locale = "en-GB",
            ExtraHTTPHeaders = extraHeaders,
        });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }
}
