using System.Globalization;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Perspective.Core.Jobs.Quartz;

/// <summary><see cref="IFailedJobs"/> over the failed jobs <see cref="FailedJobRecorder"/> keeps in Quartz's store.</summary>
internal sealed class QuartzFailedJobs(ISchedulerFactory schedulers, QuartzJobScheduler jobs) : IFailedJobs
{
    public async Task<IReadOnlyList<FailedJob>> ListAsync(string? tenantName, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var failed = new List<FailedJob>();
        foreach (var detail in await FailedDetailsAsync(scheduler, tenantName, null, cancellationToken))
        {
            var data = detail.JobDataMap;
            failed.Add(new FailedJob(
                detail.Key.Name[FailedJobRecorder.FailedPrefix.Length..],
                detail.Key.Group,
                data.GetString(JobDataKeys.Job) ?? "",
                int.Parse(data.GetString(JobDataKeys.Attempts) ?? "0", CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(data.GetString(JobDataKeys.FailedUtc)!, CultureInfo.InvariantCulture),
                data.GetString(JobDataKeys.Error) ?? ""));
        }

        return [.. failed.OrderByDescending(f => f.FailedUtc)];
    }

    public async Task<bool> RetryAsync(string? tenantName, string jobId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if ((await FailedDetailsAsync(scheduler, tenantName, jobId, cancellationToken)).FirstOrDefault() is not { } detail)
        {
            return false;
        }

        var data = detail.JobDataMap;
        var fresh = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in data.Keys.Where(k => k.StartsWith(JobDataKeys.DataPrefix, StringComparison.Ordinal)))
        {
            fresh[key[JobDataKeys.DataPrefix.Length..]] = data.GetString(key) ?? "";
        }

        var again = QuartzJobScheduler.Job(data.GetString(JobDataKeys.Job) ?? "", detail.Key.Group, jobId, fresh);
        await scheduler.ScheduleJob(again, jobs.OneOff(again.Key, null), ScheduleJobOptions.Replacing, cancellationToken);
        await scheduler.DeleteJob(detail.Key, cancellationToken);
        return true;
    }

    private static async Task<List<IJobDetail>> FailedDetailsAsync(IScheduler scheduler, string? tenantName, string? jobId, CancellationToken cancellationToken)
    {
        var keys = await scheduler.QueryJobs(new JobQuery { Group = tenantName is null ? null : GroupMatcher<JobKey>.GroupEquals(tenantName), Name = jobId is null ? NameMatcher<JobKey>.NameStartsWith(FailedJobRecorder.FailedPrefix) : NameMatcher<JobKey>.NameEquals(FailedJobRecorder.FailedPrefix + jobId), Take = PagedQuery.All }, cancellationToken);
        var details = new List<IJobDetail>();
        // A failed job is kept durably; the others (waiting, cron) are skipped without loading their data.
        foreach (var header in keys.Items.Where(h => h.Durable))
        {
            if (await scheduler.GetJobDetail(header.Key, cancellationToken) is { } detail && detail.JobDataMap.ContainsKey(JobDataKeys.FailedUtc))
            {
                details.Add(detail);
            }
        }

        return details;
    }
}
