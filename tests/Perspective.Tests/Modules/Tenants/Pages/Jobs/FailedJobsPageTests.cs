using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Tests.Core.Jobs;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Pages.Jobs;

/// <summary>The failed-jobs page: an LA admin sees their tenant's, the platform admin every tenant's; a retry runs the job and is audited.</summary>
public abstract class FailedJobsPageTests
{
    private const string Page = "/admin/jobs/failed";

    protected abstract JobsFactory Host();

    [Fact]
    public async Task AnLaAdmin_SeesOnlyTheirTenantsFailedJobs_AndCannotRetryAnothers()
    {
        using var host = Host();
        await host.CreateTenantAsync("northshire", "north.test");
        var north = await host.Scheduler.EnqueueAsync<FailingJob>("northshire");
        var platform = await host.Scheduler.EnqueueAsync<FailingJob>(Tenant.DefaultName);
        await WaitForFailedCountAsync(host, 2);
        var admin = LaAdmin(host);

        var page = await admin.GetStringAsync(Page);
        var retryOther = await admin.SubmitAsync(Page, new Dictionary<string, string>(), $"{Page}?handler=Retry&id={platform}");

        Assert.Contains($"data-testid=\"job-{north}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(platform, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, retryOther.StatusCode);
        Assert.Equal(2, (await host.Services.GetFailedJobs().ListAsync(null)).Count);
    }

    [Fact]
    public async Task ThePlatformAdmin_SeesEveryTenantsFailedJobs_AndRetryingOneRunsIt_AndIsAudited()
    {
        using var host = Host();
        await host.CreateTenantAsync("northshire", "north.test");
        var north = await host.Scheduler.EnqueueAsync<FailingJob>("northshire");
        var platform = await host.Scheduler.EnqueueAsync<FailingJob>(Tenant.DefaultName);
        await WaitForFailedCountAsync(host, 2);
        var admin = host.ClientFor("Pat Platform", BuiltInRoles.PlatformAdmin);

        var page = await admin.GetStringAsync(Page);
        host.Healed.On = true;
        var retry = await admin.SubmitAsync(Page, new Dictionary<string, string>(), $"{Page}?handler=Retry&id={north}");
        var runs = await WaitForRunsAsync(host, "northshire", r => r.Count >= 4);
        var after = await admin.GetStringAsync(Page);

        Assert.Contains($"data-testid=\"job-{north}\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"job-{platform}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal([1, 1, 2, 3], runs.Select(r => r.Attempt).Order());
        Assert.DoesNotContain(north, after, StringComparison.Ordinal);
        Assert.Contains(platform, after, StringComparison.Ordinal);
        Assert.Contains("jobs.retried", await host.AuditActionsAsync());
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdmin_CannotSeeThePage_OrRetry()
    {
        using var host = Host();
        var id = await host.Scheduler.EnqueueAsync<FailingJob>(Tenant.DefaultName);
        await WaitForFailedCountAsync(host, 1);
        var admin = host.ClientFor("Pat Platform", BuiltInRoles.PlatformAdmin);
        var token = await admin.AntiforgeryTokenAsync(Page);
        var editor = host.ClientFor("Ed Editor", BuiltInRoles.LaEditor);

        var page = await editor.GetAsync(Page);
        var retry = await editor.PostAsync($"{Page}?handler=Retry&id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Contains(page.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains(retry.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.Single(await host.Services.GetFailedJobs().ListAsync(null));
    }

    [Fact]
    public async Task RetryingAJobThatDoesNotExist_Answers404()
    {
        using var host = Host();
        var admin = host.ClientFor("Pat Platform", BuiltInRoles.PlatformAdmin);

        var retry = await admin.SubmitAsync(Page, new Dictionary<string, string>(), $"{Page}?handler=Retry&id=no-such-job");

        Assert.Equal(HttpStatusCode.NotFound, retry.StatusCode);
        Assert.Contains("No jobs have failed.", await admin.GetStringAsync(Page), StringComparison.Ordinal);
    }

    private static HttpClient LaAdmin(JobsFactory host)
    {
        var client = host.ClientOn("north.test");
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue("Ann Admin", [BuiltInRoles.LaAdmin]));
        return client;
    }

    private static Task<IReadOnlyList<Perspective.Core.Jobs.FailedJob>> WaitForFailedCountAsync(JobsFactory host, int count) =>
        Poll.UntilAsync(() => host.Services.GetFailedJobs().ListAsync(null), failed => failed.Count >= count, TimeSpan.FromSeconds(30), _ => $"Fewer than {count} jobs were listed as failed within 30 s.");

    private static async Task<List<JobRuns.Run>> WaitForRunsAsync(JobsFactory host, string tenant, Func<List<JobRuns.Run>, bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var runs = await host.QueryAsync(JobRuns.ReadAsync, tenant);
            if (condition(runs))
            {
                return runs;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"Only {runs.Count} runs in {tenant} after 30 s.");
            await Task.Delay(100);
        }
    }
}

public sealed class FailedJobsPageOnSqliteTests : FailedJobsPageTests
{
    protected override JobsFactory Host() => new();
}

/// <summary>A fresh database for each test.</summary>
public sealed class FailedJobsPageOnPostgresTests : FailedJobsPageTests, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    protected override JobsFactory Host() => new(_database.ConnectionString);
}
