using Perspective.Core.Audit;
using Perspective.Core.Files;
using Perspective.Documents.Data;
using Perspective.Files.Checks;
using Perspective.Files.Names;
using Perspective.Files.Storage;
using Perspective.Files.Uploads;

namespace Perspective.Documents.Sending;

/// <summary>An uploaded file, checked, scanned and encrypted into the blob store, not yet recorded anywhere.</summary>
/// <param name="ShownName">The sanitised file name as uploaded.</param>
/// <param name="ContentType">From the checked content, never the browser's claim.</param>
/// <param name="ScanStatus"><see cref="ScanStatus.Failed"/> holds the file back from recipients until a scan succeeds.</param>
public sealed record TakenFile(EncryptedFile Stored, string ShownName, string ContentType, ScanStatus ScanStatus);

/// <summary>The file, or the GOV.UK message to show beside the upload field (nothing was stored).</summary>
public sealed record IntakeResult(TakenFile? File, string? Problem)
{
    public static IntakeResult Refused(string problem) => new(null, problem);
}

/// <summary>
/// The one way an upload enters the store, for every page that takes files: copied to a temporary
/// file with the size limit enforced while copying, checked by extension and content, scanned for
/// viruses, then encrypted into the blob store. The caller records the result in its own
/// transaction and calls <see cref="DiscardAsync"/> if that fails; a blob nobody records is
/// removed by the orphan sweep after a day.
/// </summary>
public sealed class UploadIntake(FileTypeChecker fileTypes, IFileScanner scanner, EncryptedFiles files, IAuditLog audit, IRefusalAudit refusals)
{
    public async Task<IntakeResult> TakeAsync(Stream content, string? fileName, long maxBytes, IReadOnlyCollection<string> allowedExtensions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return IntakeResult.Refused("Select a file");
        }

        var tooLarge = $"The selected file must be smaller than {Sizes.Show(maxBytes)}";
        await using var upload = await SpooledUpload.CopyAsync(content, maxBytes, cancellationToken);
        if (upload is null)
        {
            return await RefusedAsync(fileName, tooLarge);
        }

        if (upload.Content.Length == 0)
        {
            return await RefusedAsync(fileName, "The selected file is empty");
        }

        var check = await fileTypes.CheckAsync(fileName, upload.Content, allowedExtensions, cancellationToken);
        if (!check.IsAllowed)
        {
            return await RefusedAsync(fileName, check.Problem!);
        }

        upload.Content.Position = 0;
        var scanStatus = await ScanAsync(upload.Content, fileName, cancellationToken);
        if (scanStatus is null)
        {
            return IntakeResult.Refused("The selected file contains a virus");
        }

        upload.Content.Position = 0;
        try
        {
            var stored = await files.WriteAsync(upload.Content, maxBytes, cancellationToken);
            return new IntakeResult(new TakenFile(stored, SafeFileNames.Shown(fileName), MediaTypes.For(check.Type!), scanStatus.Value), null);
        }
        catch (BlobTooLargeException)
        {
            return await RefusedAsync(fileName, tooLarge);
        }
    }

    /// <summary>Audits a refused file (size, emptiness, type or zip checks; a virus is recorded where it is found).</summary>
    private async Task<IntakeResult> RefusedAsync(string fileName, string problem)
    {
        await refusals.RecordAsync(DocumentsEvents.UploadRefused, "file", SafeFileNames.Shown(fileName), problem);
        return IntakeResult.Refused(problem);
    }

    /// <summary>Removes a taken file whose record could not be saved.</summary>
    public Task DiscardAsync(TakenFile file) => files.DeleteAsync(file.Stored.StorageName, CancellationToken.None);

    /// <summary>The status to store, or null when the file is infected (it is refused and not kept).</summary>
    private async Task<ScanStatus?> ScanAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        if (scanner is NoFileScanner)
        {
            return ScanStatus.NotScanned;
        }

        var result = await scanner.ScanAsync(content, cancellationToken);
        switch (result.Outcome)
        {
            case ScanOutcome.Clean:
                return ScanStatus.Clean;
            case ScanOutcome.Infected:
                await audit.RecordNowAsync(DocumentsEvents.FileInfected, "file", SafeFileNames.Shown(fileName), $"Signature: {result.Signature}", CancellationToken.None);
                return null;
            default:
                await audit.RecordNowAsync(DocumentsEvents.ScanFailed, "file", SafeFileNames.Shown(fileName), result.Reason, CancellationToken.None);
                return ScanStatus.Failed;
        }
    }
}
