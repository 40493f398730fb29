namespace Perspective.Core.Events;

/// <summary>
/// What the audit trail writes about an event besides who and when: the object acted on and short
/// free text. Payloads of audited events implement <see cref="IAuditedPayload"/> to give it.
/// </summary>
public sealed record AuditedAction(string? ObjectType = null, string? ObjectId = null, string? Details = null) : IAuditedPayload
{
    public AuditedAction ToAuditedAction() => this;
}

/// <summary>A payload the audit trail can describe.</summary>
public interface IAuditedPayload
{
    /// <summary>The object, its id and details the audit trail records; never children's data or secrets.</summary>
    AuditedAction ToAuditedAction();
}

/// <summary>
/// An event that exists to be audited: its payload is only the object and details. Modules declare
/// one per audited action, e.g. <c>new AuditKind("users.sign-in.failed", "A sign-in failed")</c>.
/// </summary>
public sealed class AuditKind(string name, string description, int version = 1)
    : EventDescriptor<AuditedAction>(name, description, audited: true, version: version);
