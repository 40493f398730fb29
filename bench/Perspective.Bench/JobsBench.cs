using System.Diagnostics;
using System.Globalization;
using Perspective.Core.Tenants;
using Perspective.Tests.Core.Jobs;

namespace Perspective.Bench;

/// <summary>
/// Jobs per second through the scheduler: N jobs enqueued for the default tenant, timed from the
/// first enqueue until every run is recorded, on one host, or on two hosts clustered over one
/// PostgreSQL database (which split the runs). Each job writes one row, so the figure is the
/// scheduler's overhead plus one small insert.
/// </summary>
public static class JobsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--jobs") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 1000;
        var postgres = Option(args, "--postgres");
        var hosts = Option(args, "--hosts") is { } h ? int.Parse(h, CultureInfo.InvariantCulture) : 1;

        using var first = new JobsFactory(postgres);
        first.With("Perspective:Jobs:Concurrency", "8");
        using var second = hosts > 1 ? new JobsFactory(postgres, first.DataPath) : null;
        second?.With("Perspective:Jobs:Concurrency", "8");
        _ = first.Services;
        _ = second?.Services;
        await first.RunsAsync();

        var watch = Stopwatch.StartNew();
        var enqueue = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await first.Scheduler.EnqueueAsync<RecordingJob>(Tenant.DefaultName);
        }

        enqueue.Stop();
        var runs = await first.WaitForRunsAsync(r => r.Count >= count, seconds: 600);
        watch.Stop();
        if (runs.Count != count || runs.Select(r => r.JobId).Distinct().Count() != count)
        {
            Console.Error.WriteLine($"Expected {count} runs of distinct jobs, found {runs.Count}.");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database: {(postgres is null ? "SQLite" : "PostgreSQL")}, hosts: {hosts}, jobs: {count}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"enqueue: {count / enqueue.Elapsed.TotalSeconds:F0} jobs/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"enqueue to last run: {count / watch.Elapsed.TotalSeconds:F0} jobs/s"));
        return 0;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
