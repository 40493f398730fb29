namespace Perspective.Core.Audit;

/// <summary>Configuration <c>Perspective:Audit</c>: how many refusals of one kind from one address are recorded a minute.</summary>
public sealed class RefusalAuditOptions
{
    /// <summary>Records a minute per tenant, kind and IP address; the next one records that the rest go unrecorded.</summary>
    public int RefusalsPerMinute { get; set; } = 20;
}
