using System.Collections.Concurrent;

namespace Perspective.Core.Jobs;

/// <summary>How many runs of each job have finished on this node since it started, by job name: for health pages and for tests waiting on a run.</summary>
public sealed class JobRunCounts
{
    private readonly ConcurrentDictionary<string, int> _completed = new(StringComparer.Ordinal);

    public void Completed(string jobName) => _completed.AddOrUpdate(jobName, 1, (_, count) => count + 1);

    public int CompletedOf(string jobName) => _completed.GetValueOrDefault(jobName);
}
