using Perspective.Core.Data;
using Perspective.Core.Jobs;
using Perspective.Noticeboard.Notices;

namespace Perspective.Noticeboard.Jobs;

/// <summary>
/// Takes down the tenant's notices whose time is up. It runs two ways: once at a notice's expiry
/// (scheduled by the page that pinned it) and, as a sweep, on every running tenant each
/// <see cref="NoticeboardOptions.SweepInterval"/>, which catches notices a recipe seeded and any
/// whose own run was lost. Running it again takes nothing more down, so a repeated run is harmless.
/// </summary>
public sealed class UnpinExpiredNoticesJob(NoticeBoard board, TenantDbContext db) : ITenantJob
{
    /// <summary>The job's stored name: never rename it.</summary>
    public const string Name = "noticeboard.unpin-expired";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        if ((await board.UnpinExpiredAsync(cancellationToken)).Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
