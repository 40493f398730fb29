using Perspective.Core.Jobs;

namespace Perspective.Email.Sending;

/// <summary>
/// Every <see cref="EmailOptions.PollInterval"/>, for each running tenant with email on: composes
/// the digests that are due, then sends batch after batch until nothing is due. One run per tenant
/// at a time across the deployment; claims keep any message from being sent twice even so. A
/// tenant whose mail server is down only delays its own messages.
/// </summary>
public sealed class OutboxSendJob(DigestRound digests, OutboxDrainer drainer) : ITenantJob
{
    public const string Name = "email.outbox";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        await digests.ComposeDueAsync(cancellationToken);
        while (!cancellationToken.IsCancellationRequested && await drainer.SendDueAsync(cancellationToken) > 0)
        {
            // Sent a batch: there may be more due.
        }
    }
}
