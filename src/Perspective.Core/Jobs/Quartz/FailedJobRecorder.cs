using System.Globalization;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// When a one-off job fails and no retry is left, keeps a copy of it (durably, with no trigger) with when
/// and how it failed, so that it is listed as failed instead of vanishing with its trigger. Only
/// the exception's type is kept: a message may name a person. A tenant's run of a recurring job
/// is not kept: the next round runs it again.
/// </summary>
internal sealed partial class FailedJobRecorder(TimeProvider time, ILogger<FailedJobRecorder> logger) : IJobListener
{
    public string Name => "perspective.failed-jobs";

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (jobException is null || context.RetryScheduled || context.Trigger.NextFireTimeUtc is not null
            || context.JobDetail.JobDataMap.ContainsKey(JobDataKeys.Round))
        {
            return;
        }

        var attempts = context.RetryAttempt + 1;
        var error = jobException.GetBaseException().GetType().Name;
        // Kept under a key of its own: Quartz removes the run's own job once this firing completes.
        var failed = context.JobDetail.GetJobBuilder()
            .WithIdentity(FailedKey(context.JobDetail.Key.Group, context.JobDetail.Key.Name))
            .StoreDurably()
            .UsingJobData(JobDataKeys.FailedUtc, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))
            .UsingJobData(JobDataKeys.Attempts, attempts.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(JobDataKeys.Error, error)
            .Build();
        await context.Scheduler.AddJob(failed, AddJobOptions.Replacing, cancellationToken);
        LogFailed(logger, context.JobDetail.Description ?? "", context.JobDetail.Key.Group, context.JobDetail.Key.Name, attempts, error);
    }

    /// <summary>Where the failed record of a job is kept: its tenant's group, its id with a prefix.</summary>
    internal static JobKey FailedKey(string tenantName, string jobId) => new(FailedPrefix + jobId, tenantName);

    internal const string FailedPrefix = "failed.";

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} for tenant {Tenant} ({Id}) failed {Attempts} time(s), last with {Error}; it is listed as failed.")]
    private static partial void LogFailed(ILogger logger, string job, string tenant, string id, int attempts, string error);
}
