namespace Perspective.Core.Events;

/// <summary>How events are delivered, from <c>Perspective:Events</c>.</summary>
public sealed class EventsOptions
{
    /// <summary>How often the background dispatcher looks for deliveries that are due, in every running tenant.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a new event is left to the dispatch that follows its commit before the background
    /// dispatcher takes it, so a request's own subscribers have run when its response is sent.
    /// </summary>
    public TimeSpan BackgroundDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after a first failure; it doubles with each further failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many attempts a delivery gets before it is parked for an administrator.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a claimed delivery is held before another host may take it over (its dispatcher died).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many due deliveries one pass reads at a time.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long an event every subscriber has taken is kept before the daily prune deletes it.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often the prune runs; zero switches it off.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The wait before attempt <paramref name="failedAttempts"/> + 1.</summary>
    public TimeSpan BackoffAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
