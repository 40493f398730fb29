using System.Security.Cryptography;
using System.Text.Json;
using Perspective.Core.Events;
using Perspective.Core.Settings;

namespace Perspective.Noticeboard.Notices;

/// <summary>
/// The current tenant's pinned notices. The module owns no table yet: the notices are one JSON
/// setting in the kernel's settings store, which is why the board is small. Changes join the
/// caller's unit of work; the caller saves.
/// </summary>
public sealed class NoticeBoard(ISiteSettings settings, IEventPublisher events, TimeProvider time)
{
    /// <summary>How many notices fit on the board at once.</summary>
    public const int Capacity = 10;

    public const int MaxTitleLength = 120;

    public const int MaxDaysPinned = 90;

    private const string NoticesKey = "noticeboard.notices";

    /// <summary>The notices on the board, newest first.</summary>
    public async Task<IReadOnlyList<Notice>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await ReadAsync(cancellationToken)).OrderByDescending(n => n.PinnedUtc).ThenBy(n => n.Id, StringComparer.Ordinal)];

    /// <summary>Pins a notice and publishes <c>noticeboard.notice-pinned</c>, so both are saved together or not at all.</summary>
    /// <exception cref="InvalidOperationException">The board is full; callers check <see cref="ListAsync"/> first.</exception>
    public async Task<Notice> PinAsync(string title, int daysPinned, string pinnedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var notice = new Notice(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), title, pinnedBy, now, now.AddDays(daysPinned));
        await AddAsync(notice, cancellationToken);
        events.Publish(NoticeboardEvents.NoticePinned, new NoticePinned(notice.Id, notice.Title, notice.ExpiresUtc));
        return notice;
    }

    /// <summary>
    /// Pins a notice a recipe names, unless one with its id is on the board already, so running the
    /// recipe twice changes nothing. Returns whether it was added.
    /// </summary>
    public async Task<bool> SeedAsync(string id, string title, int daysPinned, CancellationToken cancellationToken)
    {
        if ((await ReadAsync(cancellationToken)).Any(n => n.Id == id))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await AddAsync(new Notice(id, title, "a recipe", now, now.AddDays(daysPinned)), cancellationToken);
        return true;
    }

    /// <summary>Takes down every notice whose time is up, recording each in the audit trail; returns them.</summary>
    public async Task<IReadOnlyList<Notice>> UnpinExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var notices = await ReadAsync(cancellationToken);
        var expired = notices.Where(n => n.ExpiresUtc <= now).ToList();
        if (expired.Count == 0)
        {
            return [];
        }

        await settings.SetAsync(NoticesKey, JsonSerializer.Serialize(notices.Except(expired).ToList()), cancellationToken);
        foreach (var notice in expired)
        {
            events.Publish(NoticeboardEvents.NoticeUnpinned, new AuditedAction("notice", notice.Id, notice.Title));
        }

        return expired;
    }

    private async Task AddAsync(Notice notice, CancellationToken cancellationToken)
    {
        var notices = await ReadAsync(cancellationToken);
        if (notices.Count >= Capacity)
        {
            throw new InvalidOperationException($"The noticeboard already holds {Capacity} notices.");
        }

        await settings.SetAsync(NoticesKey, JsonSerializer.Serialize<List<Notice>>([.. notices, notice]), cancellationToken);
    }

    private async Task<List<Notice>> ReadAsync(CancellationToken cancellationToken) =>
        await settings.GetAsync(NoticesKey, cancellationToken) is { } json ? JsonSerializer.Deserialize<List<Notice>>(json) ?? [] : [];
}
