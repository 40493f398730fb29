namespace Perspective.Core.Accounts;

/// <summary>How long a signed-in session lasts (configuration section <c>Perspective:Sessions</c>).</summary>
public sealed class SessionTimeouts
{
    public const string Section = "Perspective:Sessions";

    /// <summary>A session with no request for this long ends.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, however busy.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long before the idle timeout the page warns and offers to stay signed in.</summary>
    public TimeSpan WarningBefore { get; set; } = TimeSpan.FromMinutes(2);
}
