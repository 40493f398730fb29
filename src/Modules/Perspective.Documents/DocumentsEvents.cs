using Perspective.Core.Events;
using Perspective.Documents.Events;

namespace Perspective.Documents;

/// <summary>
/// The events the documents module publishes, each audited. Sent, replaced, released, answered,
/// requested and reminded carry typed payloads: their email notifications are subscribers.
/// </summary>
public static class DocumentsEvents
{
    public static readonly EventDescriptor<DocumentSent> Sent = new("documents.sent", "A document was sent", audited: true);

    public static readonly AuditKind BulkSent = new("documents.bulk-sent", "A bulk send of documents was sent");

    public static readonly AuditKind BulkDraftDeleted = new("documents.bulk-draft-deleted", "An unsent bulk send was deleted after a day");

    public static readonly AuditKind Uploaded = new("documents.uploaded", "A file was uploaded for a bulk send");

    public static readonly AuditKind UploadRemoved = new("documents.upload-removed", "A file was removed from a bulk send");

    public static readonly AuditKind UploadRefused = new("documents.upload-refused", "An upload was refused (type, size or contents)");

    public static readonly AuditKind FileInfected = new("documents.file-infected", "An uploaded file was found to carry a virus");

    public static readonly AuditKind ScanFailed = new("documents.scan-failed", "An uploaded file could not be scanned for viruses");

    public static readonly AuditKind FileQuarantined = new("documents.file-quarantined", "A held file was found infected when scanned again");

    public static readonly EventDescriptor<HeldFileReleased> FileReleased = new("documents.file-released", "A held file was released after scanning again", audited: true);

    public static readonly AuditKind AccessRefused = new("documents.access-refused", "Someone was refused a document or request that is not theirs");

    public static readonly AuditKind TwoFactorRequired = new("documents.two-factor-required", "Someone without two-factor authentication was refused a restricted document");

    public static readonly AuditKind Opened = new("documents.opened", "A school opened a document for the first time");

    public static readonly AuditKind Downloaded = new("documents.downloaded", "Someone downloaded a document");

    public static readonly AuditKind Tampered = new("documents.tampered", "A stored file failed its integrity check");

    public static readonly AuditKind Revoked = new("documents.revoked", "A sender revoked a document");

    public static readonly AuditKind ExpirySet = new("documents.expiry-set", "A sender changed a document's expiry date");

    public static readonly EventDescriptor<DocumentReplaced> VersionAdded = new("documents.version-added", "A sender replaced a document with a new version", audited: true);

    public static readonly EventDescriptor<DocumentsReminded> Reminded = new("documents.reminded", "A sender reminded schools to open a document", audited: true);

    public static readonly AuditKind Deleted = new("documents.deleted", "A sender deleted a document");

    public static readonly AuditKind RetentionDeleted = new("documents.retention-deleted", "A document was deleted at the end of its retention period");

    public static readonly AuditKind RetentionRound = new("documents.retention-round", "The retention job deleted documents");

    public static readonly AuditKind LegalHoldSet = new("documents.legal-hold-set", "A document was put under legal hold");

    public static readonly AuditKind LegalHoldReleased = new("documents.legal-hold-released", "A document's legal hold was released");

    public static readonly EventDescriptor<FilesRequested> FileRequested = new("documents.file-requested", "The LA asked schools for a file", audited: true);

    public static readonly EventDescriptor<RequestAnswered> FileSubmitted = new("documents.file-submitted", "A school sent a file the LA asked for", audited: true);

    public static readonly AuditKind FileRequestClosed = new("documents.file-request-closed", "The LA closed a request for files");

    public static readonly AuditKind AnswersDownloaded = new("documents.answers-downloaded", "The LA downloaded the answers to a request as a zip");

    public static readonly AuditKind CategoryCreated = new("documents.category-created", "An administrator created a document category");

    public static readonly AuditKind CategoryChanged = new("documents.category-changed", "An administrator changed a document category");

    public static readonly AuditKind CategoryArchived = new("documents.category-archived", "An administrator archived a document category");

    public static readonly AuditKind CategoryUnarchived = new("documents.category-unarchived", "An administrator brought back an archived document category");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(DocumentsEvents));
}
