namespace Perspective.Web.Audit;

/// <summary>How the checkpoint job runs, from <c>Perspective:Audit</c>.</summary>
public sealed class AuditCheckpointOptions
{
    /// <summary>Whether checkpoints are scheduled; each round runs on one node of the deployment.</summary>
    public bool CheckpointEnabled { get; set; } = true;

    /// <summary>The wait between rounds: at most this much of the newest trail can be cut off unseen.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);
}
