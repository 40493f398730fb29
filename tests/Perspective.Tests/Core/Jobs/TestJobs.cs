using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Jobs;

namespace Perspective.Tests.Core.Jobs;

/// <summary>
/// Records each run in the tenant's own database: one row per run with the job's id, its tenant
/// and its attempt, so a test can count runs per id (a run twice shows as two rows).
/// </summary>
public sealed class RecordingJob(TenantDbContext db) : ITenantJob
{
    public const string Name = "tests.recording";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        await JobRuns.EnsureTableAsync(db, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO test_job_runs (job_id, tenant, attempt, label, due) VALUES ({context.JobId}, {context.Tenant.Name}, {context.Attempt}, {context.Data.GetValueOrDefault("label", "")}, {context.DueUtc.ToUnixTimeMilliseconds()})",
            cancellationToken);
    }
}

/// <summary>Records the attempt and when it ran (as its due time), then fails, until the test heals it through <see cref="Switch"/>.</summary>
public sealed class FailingJob(TenantDbContext db, FailingJob.Switch healed, TimeProvider time) : ITenantJob
{
    public const string Name = "tests.failing";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        await JobRuns.EnsureTableAsync(db, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO test_job_runs (job_id, tenant, attempt, label, due) VALUES ({context.JobId}, {context.Tenant.Name}, {context.Attempt}, 'failing', {time.GetUtcNow().ToUnixTimeMilliseconds()})",
            cancellationToken);
        if (!healed.On)
        {
            throw new InvalidOperationException("The test job fails until it is healed.");
        }
    }

    /// <summary>Whether the failing job has been mended (a singleton per host).</summary>
    public sealed class Switch
    {
        private volatile bool _on;

        public bool On
        {
            get => _on;
            set => _on = value;
        }
    }
}

/// <summary>
/// Records that it started, then hangs, cancellation or not, until the test releases it: a node
/// stuck mid-job. A run again after its node died records that and returns.
/// </summary>
public sealed class BlockingJob(TenantDbContext db) : ITenantJob
{
    public const string Name = "tests.blocking";

    private static readonly TaskCompletionSource Gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Release() => Gate.TrySetResult();

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        await JobRuns.EnsureTableAsync(db, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO test_job_runs (job_id, tenant, attempt, label, due) VALUES ({context.JobId}, {context.Tenant.Name}, {context.Attempt}, {(context.Recovering ? "recovered" : "started")}, {context.DueUtc.ToUnixTimeMilliseconds()})",
            cancellationToken);
        if (!context.Recovering)
        {
            await Gate.Task;
        }
    }
}

/// <summary>The table the test jobs write to, in the tenant's database.</summary>
public static class JobRuns
{
    public static Task EnsureTableAsync(TenantDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE IF NOT EXISTS test_job_runs (job_id VARCHAR(64) NOT NULL, tenant VARCHAR(64) NOT NULL, attempt INTEGER NOT NULL, label VARCHAR(64) NOT NULL, due BIGINT NOT NULL)",
            cancellationToken);

    public sealed record Run(string JobId, string Tenant, int Attempt, string Label, long Due);

    public static async Task<List<Run>> ReadAsync(TenantDbContext db)
    {
        await EnsureTableAsync(db, CancellationToken.None);
        return await db.Database.SqlQueryRaw<Run>("SELECT job_id AS \"JobId\", tenant AS \"Tenant\", attempt AS \"Attempt\", label AS \"Label\", due AS \"Due\" FROM test_job_runs").ToListAsync();
    }
}
