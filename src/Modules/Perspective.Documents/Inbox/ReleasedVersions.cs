using System.Linq.Expressions;
using Perspective.Core.Data;
using Perspective.Documents.Data;

namespace Perspective.Documents.Inbox;

/// <summary>Recipients only ever see a document whose newest version the scanner has let through.</summary>
internal static class ReleasedVersions
{
    /// <summary>Files held by the scanner (pending, quarantined, failed) are never released to recipients.</summary>
    public static bool IsReleased(ScanStatus status) => status is ScanStatus.NotScanned or ScanStatus.Clean;

    /// <summary>The same test for a query: the document's newest version is not held by the scanner.</summary>
    public static Expression<Func<Document, bool>> NewestIsReleased(TenantDbContext db) =>
        d => db.Set<DocumentVersion>()
            .Where(v => v.DocumentId == d.Id)
            .OrderByDescending(v => v.Number)
            .Take(1)
            .Any(v => v.ScanStatus == ScanStatus.NotScanned || v.ScanStatus == ScanStatus.Clean);
}
