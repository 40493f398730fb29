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
            $"INSERT INTO test_job_runs (job_id, tenant, attempt, label) VALUES ({context.JobId}, {context.Tenant.Name}, {context.Attempt}, {context.Data.GetValueOrDefault("label", "")})",
            cancellationToken);
    }
}

/// <summary>Records the attempt, then fails, until the test heals it through <see cref="Switch"/>.</summary>
public sealed class FailingJob(TenantDbContext db, FailingJob.Switch healed) : ITenantJob
{
    public const string Name = "tests.failing";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        await JobRuns.EnsureTableAsync(db, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO test_job_runs (job_id, tenant, attempt, label) VALUES ({context.JobId}, {context.Tenant.Name}, {context.Attempt}, 'failing')",
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

/// <summary>Records that it started, then waits until its host stops — or forever, if the host is killed.</summary>
public sealed class BlockingJob(TenantDbContext db) : ITenantJob
{
    public const string Name = "tests.blocking";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        await JobRuns.EnsureTableAsync(db, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO test_job_runs (job_id, tenant, attempt, label) VALUES ({context.JobId}, {context.Tenant.Name}, {context.Attempt}, {(context.Recovering ? "recovered" : "started")})",
            cancellationToken);
        if (!context.Recovering)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}

/// <summary>The table the test jobs write to, in the tenant's database.</summary>
public static class JobRuns
{
    public static Task EnsureTableAsync(TenantDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE IF NOT EXISTS test_job_runs (job_id VARCHAR(64) NOT NULL, tenant VARCHAR(64) NOT NULL, attempt INTEGER NOT NULL, label VARCHAR(64) NOT NULL)",
            cancellationToken);

    public sealed record Run(string JobId, string Tenant, int Attempt, string Label);

    public static async Task<List<Run>> ReadAsync(TenantDbContext db)
    {
        await EnsureTableAsync(db, CancellationToken.None);
        return await db.Database.SqlQueryRaw<Run>("SELECT job_id AS \"JobId\", tenant AS \"Tenant\", attempt AS \"Attempt\", label AS \"Label\" FROM test_job_runs").ToListAsync();
    }
}
