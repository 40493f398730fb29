using Perspective.Core.Jobs;

namespace Perspective.BrowserTests.Infrastructure;

/// <summary>A job that always fails, so that the failed-jobs page has a row to show.</summary>
public sealed class AlwaysFailingJob : ITenantJob
{
    public const string Name = "browser.always-failing";

    public Task RunAsync(TenantJobContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("This job always fails.");
}
