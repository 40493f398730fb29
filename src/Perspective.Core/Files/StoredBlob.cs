namespace Perspective.Core.Files;

/// <summary>A blob the store has committed: its generated name and how many bytes it holds.</summary>
public sealed record StoredBlob(string StorageName, long Length);
