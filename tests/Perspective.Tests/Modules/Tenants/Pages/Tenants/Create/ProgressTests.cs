using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Tenants.Creation;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants.Create;

/// <summary>
/// The progress page of a tenant's creation: what it says while the recipe runs, the Status
/// handler progress.js polls, where it leads once done, and who may see it. The creation here is
/// held at its first step until the test lets it go on with the real work.
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private const string UnknownJob = "/admin/tenants/create/progress/0123456789abcdef0123456789abcdef";

    private readonly HeldCreationFactory _factory = new();

    [Fact]
    public async Task Confirm_SendsYouToTheCreationsProgressPage_AtARandomAddress()
    {
        var client = _factory.PlatformAdmin();
        var confirmed = await client.CreateThroughThePagesAsync(CreateTenantTests.GoodAnswers());

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Matches("^/admin/tenants/create/progress/[0-9a-f]{32}$", confirmed.Headers.Location?.OriginalString);
        await _factory.LetCreationGoOnAsync(client, confirmed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task WhileTheRecipeRuns_ThePageSaysWhichStep_InALiveRegion_WithAProgressBar()
    {
        var client = _factory.PlatformAdmin();
        var progressPath = await StartAsync(client);

        var response = await client.GetAsync(progressPath);
        var html = await response.HtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Creating eastshire – ", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Creating eastshire</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"govuk-body\" aria-live=\"polite\" data-progress-text data-testid=\"creation-status\">Step 1 of 3: features</p>", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label\" for=\"creation-progress-bar\">Progress</label>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"creation-progress-bar\" max=\"3\" value=\"1\">1 of 3 steps</progress>", html, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"govuk-link\" href=\"{progressPath}\" data-testid=\"check-progress\">Check progress</a>", html, StringComparison.Ordinal);
        Assert.Contains($"data-progress-status=\"{progressPath}?handler=Status\"", html, StringComparison.Ordinal);
        await _factory.LetCreationGoOnAsync(client, progressPath);
    }

    [Fact]
    public async Task ThePage_RefreshesItselfWithAScriptFile_NotWithMetaRefreshOrInlineScript()
    {
        var client = _factory.PlatformAdmin();
        var progressPath = await StartAsync(client);

        var html = await (await client.GetAsync(progressPath)).HtmlAsync();
        var script = await client.GetAsync("/_content/Perspective.Tenants/js/progress.js");

        Assert.DoesNotContain("http-equiv", html, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("<script type=\"module\" src=\"/_content/Perspective.Tenants/js/progress.js\\?v=[^\"]+\"></script>", html);
        // The layout's one nonce'd line is the only inline script.
        Assert.Single(Regex.Matches(html, "<script(?![^>]*src=)[^>]*>"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("setTimeout(poll, 1000)", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await _factory.LetCreationGoOnAsync(client, progressPath);
    }

    [Fact]
    public async Task Status_WhileTheRecipeRuns_ReportsTheStep_AndNoRedirect()
    {
        var client = _factory.PlatformAdmin();
        var progressPath = await StartAsync(client);

        var response = await client.GetAsync(progressPath + "?handler=Status");
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Running", status.GetProperty("state").GetString());
        Assert.Equal((1, 3, "features"), (status.GetProperty("step").GetInt32(), status.GetProperty("steps").GetInt32(), status.GetProperty("stepName").GetString()));
        Assert.Equal(JsonValueKind.Null, status.GetProperty("redirect").ValueKind);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        await _factory.LetCreationGoOnAsync(client, progressPath);
    }

    [Fact]
    public async Task Status_EventuallyReportsSucceeded_WithTheTenantsPage_AndTheTenantIsRunning()
    {
        var client = _factory.PlatformAdmin();
        var progressPath = await StartAsync(client);

        _factory.Hold.TrySetResult();
        var status = await client.WaitForCreationAsync(progressPath);
        var tenantPage = await (await client.GetAsync(status.GetProperty("redirect").GetString())).HtmlAsync();
        var tenant = await _factory.FindTenantAsync("eastshire");

        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        Assert.Equal("/admin/tenants/eastshire", status.GetProperty("redirect").GetString());
        Assert.Contains("<p class=\"govuk-notification-banner__heading\">Tenant eastshire created</p>", tenantPage, StringComparison.Ordinal);
        Assert.Equal(TenantState.Running, tenant?.State);
    }

    [Fact]
    public async Task WithoutJavaScript_CheckingProgressOnceTheTenantExists_LeadsToItsPage_WithTheBanner()
    {
        var client = _factory.PlatformAdmin();
        var progressPath = await StartAsync(client);

        _factory.Hold.TrySetResult();
        var response = await CheckProgressUntilItLeadsElsewhereAsync(client, progressPath);
        var tenantPage = await (await client.GetAsync(response.Headers.Location?.OriginalString)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/tenants/eastshire", response.Headers.Location?.OriginalString);
        Assert.Contains("<p class=\"govuk-notification-banner__heading\">Tenant eastshire created</p>", tenantPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACreationThatThrows_ShowsThatItFailed_InAnErrorSummary_WithALinkBackToTheForm()
    {
        var client = _factory.PlatformAdmin();
        var progressPath = await StartAsync(client);

        _factory.Hold.TrySetException(new InvalidOperationException("disk full"));
        var status = await client.WaitForCreationAsync(progressPath);
        var html = await (await client.GetAsync(progressPath)).HtmlAsync();

        Assert.Equal("Failed", status.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("redirect").ValueKind);
        Assert.Contains("<title>Error: eastshire could not be created – ", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>The tenant could not be created because of an unexpected error, which has been logged. Nothing was kept. Try again.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("disk full", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"govuk-link\" href=\"/admin/tenants/create\" data-testid=\"change-answers\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("progress.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPlatformAdmin_GetsNotFound_ForSomeoneElsesCreation()
    {
        var progressPath = await StartAsync(_factory.PlatformAdmin());
        var other = _factory.ClientFor("Petra Platform", BuiltInRoles.PlatformAdmin);

        var page = await other.GetAsync(progressPath);
        var status = await other.GetAsync(progressPath + "?handler=Status");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        await _factory.LetCreationGoOnAsync(_factory.PlatformAdmin(), progressPath);
    }

    [Fact]
    public async Task AnUnknownJob_IsNotFound()
    {
        var client = _factory.PlatformAdmin();

        var page = await client.GetAsync(UnknownJob);
        var status = await client.GetAsync(UnknownJob + "?handler=Status");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
    }

    [Fact]
    public async Task ConfirmingTwice_WhileTheFirstRuns_LeadsToTheSameProgressPage()
    {
        var client = _factory.PlatformAdmin();
        var progressPath = await StartAsync(client);

        var again = await client.SubmitAsync("/admin/tenants/create/check-answers", new Dictionary<string, string>());

        Assert.Equal(progressPath, again.Headers.Location?.OriginalString);
        await _factory.LetCreationGoOnAsync(client, progressPath);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Confirms the good answers, and waits until the held creation has reported its first step.</summary>
    private async Task<string> StartAsync(HttpClient client)
    {
        var confirmed = await client.CreateThroughThePagesAsync(CreateTenantTests.GoodAnswers());
        await _factory.AtFirstStep.Task.WaitAsync(TenantCreationPolling.Patience);
        return confirmed.Headers.Location!.OriginalString;
    }

    /// <summary>What a visitor without JavaScript does: follows "Check progress" until the page sends them on (for at most 30 seconds).</summary>
    private static async Task<HttpResponseMessage> CheckProgressUntilItLeadsElsewhereAsync(HttpClient client, string progressPath)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(progressPath);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return response;
            }

            Assert.True(waited.Elapsed < TenantCreationPolling.Patience, "The progress page still showed progress after 30 seconds.");
            await Task.Delay(100);
        }
    }

    /// <summary>The real host, whose tenant manager reports step 1 of 3, then holds each creation until the test lets it go on.</summary>
    private sealed class HeldCreationFactory : PerspectiveFactory
    {
        public TaskCompletionSource AtFirstStep { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Hold { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Lets the held creation finish before the host stops, so the test leaves nothing running.</summary>
        public async Task LetCreationGoOnAsync(HttpClient client, string progressPath)
        {
            Hold.TrySetResult();
            await client.WaitForCreationAsync(progressPath);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ITenantManager>(provider =>
            {
                var real = ActivatorUtilities.CreateInstance<TenantManager>(provider);
                return new ScriptedTenantManager(
                    async (request, progress, cancellationToken) =>
                    {
                        progress.Report((1, 3, "features"));
                        AtFirstStep.TrySetResult();
                        await Hold.Task.WaitAsync(cancellationToken);
                        return await real.CreateAsync(request, carryOn: true, progress, cancellationToken);
                    },
                    real);
            }));
        }
    }
}
