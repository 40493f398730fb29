namespace Perspective.Core.Email;

/// <summary>
/// Queues emails. A queued email is a row in the current tenant's outbox, added to the current unit
/// of work: it is stored in the same transaction as the change that caused it (the caller saves),
/// and a background sender delivers it, retrying until it succeeds or is dead-lettered.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>
    /// Renders the tenant's template for <paramref name="kind"/> with <paramref name="values"/> and
    /// queues the result. Values are text; the template encodes them. Emails carry links into the
    /// portal, never attachments, document contents or details about children.
    /// </summary>
    Task QueueAsync(string kind, EmailRecipient recipient, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default);
}

/// <summary>Who an email goes to. The user id, when known, lets preferences and audit find the person.</summary>
public sealed record EmailRecipient(string Address, string? Name = null, string? UserId = null);
