namespace Perspective.Documents.Retention;

/// <summary>
/// What one retention round did in one tenant: documents it deleted (each counted by the one node
/// that removed its row) and version blobs it could not delete, left for the orphan sweep.
/// </summary>
public sealed record RetentionRound(int Deleted, int BlobsNotDeleted)
{
    public static readonly RetentionRound Nothing = new(0, 0);

    public RetentionRound Add(RetentionRound other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new RetentionRound(Deleted + other.Deleted, BlobsNotDeleted + other.BlobsNotDeleted);
    }
}
