namespace Perspective.Noticeboard;

/// <summary>Options bound from <c>Perspective:Noticeboard</c>.</summary>
public sealed class NoticeboardOptions
{
    /// <summary>How often every tenant's board is swept for notices past their time.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromDays(1);
}
