using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.Core.Jobs;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Tenants;

public sealed class FailedJobsPageTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    [Fact]
    public async Task FailedJobsPage_WithAFailedJob_PassesAxe_AndRunningItAgainShowsTheBanner()
    {
        var id = await Server.Services.GetRequiredService<IJobScheduler>().EnqueueAsync<AlwaysFailingJob>(Tenant.DefaultName);
        var failed = Server.Services.GetRequiredService<IFailedJobs>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!(await failed.ListAsync(null)).Any(j => j.Id == id))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "The job was not listed as failed within 30 s.");
            await Task.Delay(100);
        }

        var page = await PageSignedInAsAsync("Pat Platform", [BuiltInRoles.PlatformAdmin]);
        await page.GotoAsync("/admin/jobs/failed");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Failed jobs", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId($"job-{id}")).ToBeVisibleAsync();
        await ScreenshotAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByTestId($"job-{id}").GetByRole(AriaRole.Button).ClickAsync();

        await Expect(page.GetByTestId("jobs-banner")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
