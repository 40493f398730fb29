namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// The keys of what our jobs keep in Quartz's job data (stored as strings): the tenant and job name
/// every run carries, the failure record of a job that used up its attempts, and the caller's data
/// under a prefix of its own so that it can never collide with ours.
/// </summary>
internal static class JobDataKeys
{
    public const string Tenant = "perspective.tenant";
    public const string Job = "perspective.job";
    public const string FailedUtc = "perspective.failedUtc";
    public const string Attempts = "perspective.attempts";
    public const string Error = "perspective.error";
    public const string DataPrefix = "data.";

    /// <summary>Marks a tenant's run of a recurring job: when it fails for good, the next round tries again, so it is not kept as failed.</summary>
    public const string Round = "perspective.round";

    /// <summary>The fan-out job's data: which recurring job to enqueue for every tenant.</summary>
    public const string Target = "data.target";
}
