namespace Perspective.Core.Jobs;

/// <summary>Jobs that failed every attempt, kept for an administrator to look at and run again.</summary>
public interface IFailedJobs
{
    /// <summary>The failed jobs of one tenant, or of every tenant when <paramref name="tenantName"/> is null; newest first.</summary>
    Task<IReadOnlyList<FailedJob>> ListAsync(string? tenantName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a failed job again from its first attempt. Only a job of <paramref name="tenantName"/>
    /// (any tenant's when null) is found; returns false when there is no such failed job.
    /// </summary>
    Task<bool> RetryAsync(string? tenantName, string jobId, CancellationToken cancellationToken = default);
}

/// <summary>A job that used up its attempts: what it was, for whom, when it last failed and why (the exception's type only: messages may hold personal data).</summary>
public sealed record FailedJob(string Id, string TenantName, string JobName, int Attempts, DateTimeOffset FailedUtc, string Error);
