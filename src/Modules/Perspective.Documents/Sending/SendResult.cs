namespace Perspective.Documents.Sending;

/// <summary>A problem with a send, for the field it belongs to, worded as a GOV.UK error message.</summary>
public sealed record SendProblem(string Field, string Message);

/// <summary>The sent document's id and its batch, or the problems that stopped the send (nothing was stored).</summary>
public sealed record SendResult(Guid? DocumentId, IReadOnlyList<SendProblem> Problems)
{
    public bool Sent => DocumentId is not null;

    /// <summary>The <see cref="Data.SendBatch"/> the document belongs to, for the sender's confirmation and receipts.</summary>
    public Guid? BatchId { get; init; }

    public static SendResult Refused(params SendProblem[] problems) => new(null, problems);
}
