namespace Perspective.Noticeboard.Notices;

/// <summary>One pinned notice: a line of text, who pinned it and when it comes down.</summary>
public sealed record Notice(string Id, string Title, string PinnedBy, DateTime PinnedUtc, DateTime ExpiresUtc);
