using System.Globalization;
using Perspective.Core.Events;
using Perspective.Documents.Data;

namespace Perspective.Documents.Events;

/// <summary>A document was sent. <paramref name="Announce"/> is false while its file waits for a virus check.</summary>
public sealed record DocumentSent(Guid DocumentId, bool Announce, string Details) : IAuditedPayload
{
    public AuditedAction ToAuditedAction() => new(nameof(Document), DocumentId.ToString(), Details);
}

/// <summary>A sender replaced a document with a new version.</summary>
public sealed record DocumentReplaced(Guid DocumentId, int Version, bool Announce, string Details) : IAuditedPayload
{
    public AuditedAction ToAuditedAction() => new(nameof(Document), DocumentId.ToString(), Details);
}

/// <summary>A held file passed its second virus check.</summary>
public sealed record HeldFileReleased(Guid DocumentId, int Version) : IAuditedPayload
{
    public AuditedAction ToAuditedAction() => new(nameof(Document), DocumentId.ToString(), string.Create(CultureInfo.InvariantCulture, $"Version {Version}"));
}

/// <summary>A school answered a request for a file with a new document.</summary>
public sealed record RequestAnswered(int RequestId, Guid DocumentId, bool Announce, string Details) : IAuditedPayload
{
    public AuditedAction ToAuditedAction() => new(nameof(FileRequest), RequestId.ToString(CultureInfo.InvariantCulture), Details);
}

/// <summary>The LA asked schools for a file; <paramref name="Deadline"/> is as shown to people.</summary>
public sealed record FilesRequested(int RequestId, IReadOnlyList<string> OrganisationIds, string Deadline, string Details) : IAuditedPayload
{
    public AuditedAction ToAuditedAction() => new(nameof(FileRequest), RequestId.ToString(CultureInfo.InvariantCulture), Details);
}

/// <summary>A sender reminded the recipients (rows) of a batch's unopened documents.</summary>
public sealed record DocumentsReminded(Guid BatchId, IReadOnlyList<long> RecipientIds, string Details) : IAuditedPayload
{
    public AuditedAction ToAuditedAction() => new(nameof(SendBatch), BatchId.ToString(), Details);
}
