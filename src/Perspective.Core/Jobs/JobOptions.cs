namespace Perspective.Core.Jobs;

/// <summary>How the job scheduler runs, from <c>Perspective:Jobs</c>.</summary>
public sealed class JobOptions
{
    /// <summary>Whether this process runs jobs. A node with it off still enqueues them for the others.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The scheduler's name, the same on every node of a deployment: nodes with the same name over
    /// one database form a cluster.
    /// </summary>
    public string SchedulerName { get; set; } = "Perspective";

    /// <summary>How many jobs one node runs at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>Attempts a one-off job gets before it is listed as failed (the first run included).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry; each further wait doubles, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often a node records that it is alive (PostgreSQL clusters only).</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long past a missed check-in the others wait before running a dead node's jobs again.</summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// For a portal that does not migrate at start-up: the wait before trying again to start the
    /// scheduler while its database cannot be reached; each further wait doubles, up to five minutes.
    /// </summary>
    public TimeSpan StartRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the scheduler sleeps when nothing is due (new work wakes it on the node that enqueued it).</summary>
    public TimeSpan IdleWait { get; set; } = TimeSpan.FromSeconds(30);
}
