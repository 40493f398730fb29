namespace Perspective.Core.Jobs;

/// <summary>
/// The jobs modules registered, by the stable name stored with each enqueued job. A stored job
/// names one of these or is refused: a type name read from the database is never loaded.
/// </summary>
public sealed class JobCatalog(IEnumerable<JobRegistration> registrations)
{
    private readonly Dictionary<string, JobRegistration> _byName = registrations.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<JobRegistration> All => _byName.Values;

    public JobRegistration? Find(string name) => _byName.GetValueOrDefault(name);

    public JobRegistration For(Type jobType) =>
        _byName.Values.FirstOrDefault(r => r.JobType == jobType)
        ?? throw new InvalidOperationException($"{jobType.Name} is not a registered job; register it with AddTenantJob.");
}

/// <summary>
/// One registered job: its stored name, its type, the module whose features must be on for the
/// tenant (null for kernel jobs), and, for a recurring one, its schedule.
/// </summary>
public sealed record JobRegistration(string Name, Type JobType, string? ModuleName)
{
    /// <summary>For a job run for every running tenant on a timer: the schedule, read from options once the host has started (null: switched off).</summary>
    public Func<IServiceProvider, RecurringSchedule?>? Recurring { get; init; }
}

/// <summary>When a recurring job runs: every so often (first after one interval), or on a Quartz cron expression.</summary>
public sealed record RecurringSchedule(TimeSpan? Interval, string? CronExpression)
{
    public static RecurringSchedule Every(TimeSpan interval) =>
        interval > TimeSpan.Zero ? new(interval, null) : throw new ArgumentOutOfRangeException(nameof(interval), "A recurring job's interval must be positive.");

    public static RecurringSchedule Cron(string expression) => new(null, expression);
}
