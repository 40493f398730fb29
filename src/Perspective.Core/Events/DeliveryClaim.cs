using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Core.Events;

/// <summary>
/// The outcome of a delivery this host has claimed. Each outcome applies only while the delivery is
/// still at the version the claim made, so a host whose lease ran out cannot overwrite the outcome
/// of the host that took over.
/// </summary>
internal sealed class DeliveryClaim(TenantDbContext db, long deliveryId, int claimedVersion)
{
    private IQueryable<EventDelivery> Claimed =>
        db.EventDeliveries.Where(d => d.Id == deliveryId && d.ClaimVersion == claimedVersion && d.Status == DeliveryStatus.InProgress);

    public async Task<bool> SucceedAsync(DateTime now, CancellationToken cancellationToken) =>
        await Claimed.ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Succeeded)
                .SetProperty(d => d.CompletedUtc, now)
                .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(d => d.LastError, (string?)null)
                .SetProperty(d => d.ClaimVersion, claimedVersion + 1),
            cancellationToken) == 1;

    /// <summary>Records a failure: due again at <paramref name="nextAttemptUtc"/>, or parked.</summary>
    public Task FailAsync(bool park, DateTime nextAttemptUtc, string error) =>
        // Not the dispatch's token: the failure is recorded even as the host stops.
        Claimed.ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, park ? DeliveryStatus.Parked : DeliveryStatus.Pending)
                .SetProperty(d => d.NextAttemptUtc, nextAttemptUtc)
                .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.ClaimVersion, claimedVersion + 1),
            CancellationToken.None);

    /// <summary>Gives the delivery back untried, as the host stops, so the next host takes it at once.</summary>
    public Task ReleaseAsync(DateTime now) =>
        Claimed.ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Pending)
                .SetProperty(d => d.NextAttemptUtc, now)
                .SetProperty(d => d.Attempts, d => d.Attempts - 1)
                .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(d => d.ClaimVersion, claimedVersion + 1),
            CancellationToken.None);
}
