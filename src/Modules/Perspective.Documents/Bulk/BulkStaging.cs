using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Sending;

namespace Perspective.Documents.Bulk;

/// <summary>A file taken into a draft, or the GOV.UK message saying why it was not (nothing kept).</summary>
public sealed record StagingResult(string FileName, StagedFile? Staged, string? Problem);

/// <summary>
/// Changes to a draft's files: each upload goes through <see cref="UploadIntake"/> and is saved on
/// its own, so a failure part-way through a large upload keeps what already arrived; files are
/// removed or matched by hand from the preview.
/// </summary>
public sealed class BulkStaging(TenantDbContext db, BulkDrafts drafts, UploadIntake intake, IOrganisationDirectory organisations, IAuditLog audit, TimeProvider time)
{
    public async Task<StagingResult> StageAsync(SendBatch draft, DocumentCategory category, Stream content, string? fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(category);
        var shown = string.IsNullOrWhiteSpace(fileName) ? "" : Perspective.Files.Names.SafeFileNames.Shown(fileName);
        if (await drafts.CountFilesAsync(draft.Id, cancellationToken) >= BulkLimits.MaxFilesPerDraft)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken);
            return new StagingResult(shown, null, $"A bulk send can have up to {BulkLimits.MaxFilesPerDraft} files");
        }

        var taken = await intake.TakeAsync(content, fileName, category.MaxSizeBytes, DocumentAccess.Split(category.AllowedExtensions).ToList(), cancellationToken);
        if (taken.File is not { } file)
        {
            return new StagingResult(shown, null, taken.Problem);
        }

        var staged = new StagedFile
        {
            Id = Guid.NewGuid(),
            BatchId = draft.Id,
            FileName = file.ShownName,
            StorageName = file.Stored.StorageName,
            WrappedKey = file.Stored.WrappedKey,
            KeyVersion = file.Stored.KeyVersion,
            ContentType = file.ContentType,
            SizeBytes = file.Stored.PlaintextLength,
            Sha256 = file.Stored.Sha256OfPlaintext,
            ScanStatus = file.ScanStatus,
            UploadedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Add(staged);
        audit.Record(DocumentsEvents.Uploaded, nameof(StagedFile), staged.Id.ToString(), $"Bulk send {draft.Id}; {staged.SizeBytes} bytes; scan {staged.ScanStatus}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The row never committed, so nothing points at the blob: remove it now rather than leave it for the orphan sweep.
            db.Entry(staged).State = EntityState.Detached;
            await intake.DiscardAsync(file);
            throw;
        }

        db.Entry(staged).State = EntityState.Detached;
        return new StagingResult(file.ShownName, staged, null);
    }

    /// <summary>The draft's file (not removed), or null.</summary>
    public Task<StagedFile?> FindAsync(Guid batchId, Guid fileId, CancellationToken cancellationToken) =>
        db.Set<StagedFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.BatchId == batchId && !f.Dropped, cancellationToken);

    /// <summary>Takes the file out of the draft; false when it is not in it. Its blob goes when the draft is sent or deleted.</summary>
    public async Task<bool> RemoveAsync(Guid batchId, Guid fileId, CancellationToken cancellationToken)
    {
        var removed = await db.Set<StagedFile>()
            .Where(f => f.Id == fileId && f.BatchId == batchId && !f.Dropped)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.Dropped, true), cancellationToken) == 1;
        if (removed)
        {
            await audit.RecordNowAsync(DocumentsEvents.UploadRemoved, nameof(StagedFile), fileId.ToString(), $"Bulk send {batchId}", cancellationToken);
        }

        return removed;
    }

    /// <summary>
    /// Sends a file of the draft (found with <see cref="FindAsync"/>) to the open school the
    /// reference names (an id, URN or DfE number), whatever its name says. Null when done, else the
    /// GOV.UK message, with nothing changed.
    /// </summary>
    public async Task<string?> MatchByHandAsync(StagedFile file, string? reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (string.IsNullOrWhiteSpace(reference))
        {
            return "Enter the school's URN, DfE number or organisation id";
        }

        var school = reference.Length <= 64 ? await organisations.FindByReferenceAsync(reference.Trim(), cancellationToken) : null;
        if (school is null || !school.IsSchool)
        {
            return "Enter the URN, DfE number or organisation id of a school in this portal";
        }

        if (!school.IsOpen)
        {
            return school.IsProposed ? $"{school.Name} has not opened yet: enter an open school" : $"{school.Name} is closed: enter an open school";
        }

        var shown = BulkPlanner.ShownNameByHand(file.FileName);
        await db.Set<StagedFile>()
            .Where(f => f.Id == file.Id && f.BatchId == file.BatchId)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.OrganisationId, school.Id).SetProperty(f => f.ShownName, shown), cancellationToken);
        return null;
    }
}
