using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Files.Storage;

namespace Perspective.Documents.Data;

/// <summary>The wrapped file keys of files waiting in bulk-send drafts, for key rotation to re-wrap.</summary>
internal sealed class StagedFileKeys(TenantDbContext db) : IWrappedFileKeys
{
    public async IAsyncEnumerable<(string Id, WrappedFileKey Key)> ListNotAtVersionAsync(int keyVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var files = await db.Set<StagedFile>().AsNoTracking()
            .Where(f => f.KeyVersion != keyVersion)
            .Select(f => new { f.Id, f.WrappedKey, f.KeyVersion })
            .ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            yield return (file.Id.ToString(), new WrappedFileKey(file.WrappedKey, file.KeyVersion));
        }
    }

    public async Task ReplaceAsync(string id, WrappedFileKey rewrapped, CancellationToken cancellationToken)
    {
        var fileId = Guid.Parse(id);
        await db.Set<StagedFile>()
            .Where(f => f.Id == fileId)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.WrappedKey, rewrapped.WrappedKey).SetProperty(f => f.KeyVersion, rewrapped.KeyVersion), cancellationToken);
    }
}
