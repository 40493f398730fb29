using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Documents.Data;
using Perspective.Documents.Events;
using Perspective.Documents.Notifications;
using Perspective.Files.Checks;
using Perspective.Files.Storage;

namespace Perspective.Documents.Files;

/// <summary>
/// Scans again the files held back because the scanner could not be reached when they were
/// uploaded (<see cref="ScanStatus.Failed"/>). A clean file is released, and its recipients are
/// told it has arrived, as they would have been at sending; an infected one is quarantined for
/// good. Run by the hourly documents job; with no scanner configured it does nothing, so held
/// files stay held rather than being released unscanned.
/// </summary>
public sealed class HeldFileRescanner(
    TenantDbContext db,
    IFileScanner scanner,
    EncryptedFiles files,
    IEventPublisher events,
    IAuditLog audit)
{
    private const int BatchSize = 50;

    /// <summary>Rescans up to 50 held document versions; returns how many were released.</summary>
    public async Task<int> RescanAsync(CancellationToken cancellationToken)
    {
        if (scanner is NoFileScanner)
        {
            return 0;
        }

        var held = await db.Set<DocumentVersion>()
            .Where(v => v.ScanStatus == ScanStatus.Failed)
            .OrderBy(v => v.UploadedUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var released = 0;
        foreach (var version in held)
        {
            var outcome = await ScanAsync(version.StorageName, new WrappedFileKey(version.WrappedKey, version.KeyVersion), cancellationToken);
            if (outcome == ScanOutcome.Failed)
            {
                continue;
            }

            if (outcome == ScanOutcome.Infected)
            {
                version.ScanStatus = ScanStatus.Quarantined;
                audit.Record(DocumentsEvents.FileQuarantined, nameof(Document), version.DocumentId.ToString(), $"Version {version.Number}");
            }
            else
            {
                version.ScanStatus = ScanStatus.Clean;
                // Its recipients are told once this commits (see NewDocumentEmails).
                events.Publish(DocumentsEvents.FileReleased, new HeldFileReleased(version.DocumentId, version.Number));
                released++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return released;
    }

    private async Task<ScanOutcome> ScanAsync(string storageName, WrappedFileKey key, CancellationToken cancellationToken)
    {
        try
        {
            await using var plaintext = await files.OpenReadAsync(storageName, key, cancellationToken);
            return (await scanner.ScanAsync(plaintext, cancellationToken)).Outcome;
        }
        catch (Exception exception) when (exception is FileTamperedException or IOException)
        {
            // A damaged or missing file stays held; a download of it reports the damage.
            return ScanOutcome.Failed;
        }
    }
}
