using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Files.Storage;

namespace Perspective.Documents.Data;

/// <summary>The blobs Documents keeps: each document version's file and each file staged in a bulk-send draft.</summary>
internal sealed class DocumentBlobs(TenantDbContext db) : IBlobReferences
{
    public async Task<IReadOnlyCollection<string>> InUseAsync(IReadOnlyCollection<string> storageNames, CancellationToken cancellationToken)
    {
        var inUse = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(v => storageNames.Contains(v.StorageName))
            .Select(v => v.StorageName)
            .ToListAsync(cancellationToken);
        inUse.AddRange(await db.Set<StagedFile>().AsNoTracking()
            .Where(f => storageNames.Contains(f.StorageName))
            .Select(f => f.StorageName)
            .ToListAsync(cancellationToken));
        return inUse;
    }
}
