namespace Perspective.Documents.Bulk;

public enum BulkSendOutcome
{
    /// <summary>Every matched file is now a document.</summary>
    Sent,

    /// <summary>The batch was sent before (a second post, another tab): nothing was sent again.</summary>
    AlreadySent,

    /// <summary>Not the user's batch, or no such batch: answer 404.</summary>
    NotFound,

    /// <summary>Nothing was sent; <see cref="BulkSendResult.Problem"/> says why.</summary>
    Refused,
}

/// <summary>What a bulk send did: how many documents it sent, or the GOV.UK message saying why it sent none.</summary>
public sealed record BulkSendResult(BulkSendOutcome Outcome, int Count = 0, string? Problem = null);
