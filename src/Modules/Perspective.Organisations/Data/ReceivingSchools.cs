using System.Linq.Expressions;
using Perspective.Organisations.Import;

namespace Perspective.Organisations.Data;

/// <summary>
/// <see cref="Organisation.ReceivesSends"/> as a query both databases run: not closed, and not a
/// school GIAS says is only proposed to open (compared in lower case, as GIAS's case is not promised).
/// </summary>
public static class ReceivingSchools
{
    private static readonly string Proposed = GiasColumns.ProposedToOpen.ToLowerInvariant();

    // ToLower is translated to SQL's lower() on both databases; no culture reaches it.
#pragma warning disable CA1304, CA1311, CA1862
    public static Expression<Func<Organisation, bool>> Receives { get; } =
        o => o.ClosedUtc == null && (o.GiasStatus == null || o.GiasStatus.Trim().ToLower() != Proposed);

    public static Expression<Func<Organisation, bool>> Proposals { get; } =
        o => o.ClosedUtc == null && o.GiasStatus != null && o.GiasStatus.Trim().ToLower() == Proposed;
#pragma warning restore CA1304, CA1311, CA1862
}
