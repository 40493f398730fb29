namespace Perspective.Files.Storage;

/// <summary>
/// Key rotation for one tenant, as a CLI verb runs it: a new current key (unless keys come from
/// configuration, where the operator adds the version), then every stored file key re-wrapped to
/// it. Files are not re-encrypted. Old versions stay in the ring, so a run that stops half way
/// loses nothing and running it again finishes the rest.
/// </summary>
public sealed class TenantKeyRotation(TenantKeyRing keyRing, IEnumerable<IWrappedFileKeys> stores)
{
    public async Task<KeyRotationResult> RotateAsync(CancellationToken cancellationToken = default)
    {
        var keys = await keyRing.LoadAsync(cancellationToken);
        var previous = keys.CurrentVersion;
        if (!keys.FromConfiguration)
        {
            await keyRing.RotateAsync(cancellationToken);
        }

        keys = await keyRing.LoadAsync(cancellationToken);
        var rewrapped = 0;
        foreach (var store in stores)
        {
            // Collected first so that replacing rows does not disturb the query being read.
            var due = new List<(string Id, WrappedFileKey Key)>();
            await foreach (var item in store.ListNotAtVersionAsync(keys.CurrentVersion, cancellationToken))
            {
                due.Add(item);
            }

            foreach (var (id, key) in due)
            {
                await store.ReplaceAsync(id, keys.Rewrap(key), cancellationToken);
                rewrapped++;
            }
        }

        return new KeyRotationResult(previous, keys.CurrentVersion, rewrapped);
    }
}

/// <summary>The versions before and after a rotation and how many file keys were re-wrapped.</summary>
public sealed record KeyRotationResult(int PreviousVersion, int CurrentVersion, int Rewrapped);
