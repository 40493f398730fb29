using Perspective.Core.Events;

namespace Perspective.Noticeboard;

/// <summary>The events the noticeboard publishes, both audited.</summary>
public static class NoticeboardEvents
{
    public static readonly EventDescriptor<NoticePinned> NoticePinned =
        new("noticeboard.notice-pinned", "An LA officer pinned a notice on the noticeboard", audited: true);

    public static readonly AuditKind NoticeUnpinned = new("noticeboard.notice-unpinned", "A notice came off the noticeboard when it expired");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(NoticeboardEvents));
}

/// <summary>The payload of <c>noticeboard.notice-pinned</c>: which notice, what it says and until when.</summary>
public sealed record NoticePinned(string NoticeId, string Title, DateTime ExpiresUtc) : IAuditedPayload
{
    public AuditedAction ToAuditedAction() => new("notice", NoticeId, Title);
}
