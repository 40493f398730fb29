using Perspective.Documents.Sending;

namespace Perspective.Documents.Data;

/// <summary>The one way an uploaded file becomes a document version: fresh from the intake, or staged by a bulk send.</summary>
public static class DocumentVersions
{
    /// <summary>A version of a file the intake has just taken, uploaded by <paramref name="userId"/> at <paramref name="uploadedUtc"/>.</summary>
    public static DocumentVersion From(TakenFile taken, Guid documentId, int number, string userId, DateTime uploadedUtc)
    {
        ArgumentNullException.ThrowIfNull(taken);
        return new DocumentVersion
        {
            Id = Guid.NewGuid(),
            DocumentId = documentId,
            Number = number,
            StorageName = taken.Stored.StorageName,
            WrappedKey = taken.Stored.WrappedKey,
            KeyVersion = taken.Stored.KeyVersion,
            FileName = taken.ShownName,
            ContentType = taken.ContentType,
            SizeBytes = taken.Stored.PlaintextLength,
            Sha256 = taken.Stored.Sha256OfPlaintext,
            UploadedByUserId = userId,
            UploadedUtc = uploadedUtc,
            ScanStatus = taken.ScanStatus,
        };
    }

    /// <summary>The first version of a document sent from a staged file: the same blob, shown under <paramref name="shownName"/>.</summary>
    public static DocumentVersion From(StagedFile staged, string shownName, Guid documentId, string userId)
    {
        ArgumentNullException.ThrowIfNull(staged);
        return new DocumentVersion
        {
            Id = Guid.NewGuid(),
            DocumentId = documentId,
            Number = 1,
            StorageName = staged.StorageName,
            WrappedKey = staged.WrappedKey,
            KeyVersion = staged.KeyVersion,
            FileName = shownName,
            ContentType = staged.ContentType,
            SizeBytes = staged.SizeBytes,
            Sha256 = staged.Sha256,
            UploadedByUserId = userId,
            UploadedUtc = staged.UploadedUtc,
            ScanStatus = staged.ScanStatus,
        };
    }
}
