using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Files.Storage;

namespace Perspective.Documents.Data;

/// <summary>The wrapped file keys of every document version, for key rotation to re-wrap.</summary>
internal sealed class DocumentVersionKeys(TenantDbContext db) : IWrappedFileKeys
{
    public async IAsyncEnumerable<(string Id, WrappedFileKey Key)> ListNotAtVersionAsync(int keyVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Read the ids first: the caller saves while it goes, which must not disturb the reading.
        var versions = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(v => v.KeyVersion != keyVersion)
            .Select(v => new { v.Id, v.WrappedKey, v.KeyVersion })
            .ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            yield return (version.Id.ToString(), new WrappedFileKey(version.WrappedKey, version.KeyVersion));
        }
    }

    public async Task ReplaceAsync(string id, WrappedFileKey rewrapped, CancellationToken cancellationToken)
    {
        var versionId = Guid.Parse(id);
        await db.Set<DocumentVersion>()
            .Where(v => v.Id == versionId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.WrappedKey, rewrapped.WrappedKey).SetProperty(v => v.KeyVersion, rewrapped.KeyVersion), cancellationToken);
    }
}
