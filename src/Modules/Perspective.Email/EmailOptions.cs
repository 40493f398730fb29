namespace Perspective.Email;

/// <summary>How the sender works, from <c>Perspective:Email</c>. Which provider a tenant uses is the tenant's setting.</summary>
public sealed class EmailOptions
{
    /// <summary>How often the sending job runs for each tenant (each run sends until nothing is due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many messages one sender claims at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts before a message is dead-lettered for an LA admin to look at.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claim lasts: a sender that dies holding messages frees them after this.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where the pickup provider writes .eml files; each tenant has a folder of its own inside.</summary>
    public string PickupFolder { get; set; } = "";

    /// <summary>Whether the sending job is scheduled; each round runs on one node of the deployment.</summary>
    public bool SenderEnabled { get; set; } = true;

    public TimeSpan DelayAfter(int attempts)
    {
        var delay = BaseDelay * Math.Pow(2, Math.Max(0, attempts - 1));
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
