using System.Globalization;
using Perspective.Core.Events;
using Perspective.Core.Settings;

namespace Perspective.Noticeboard.Notices;

/// <summary>
/// Counts every notice ever pinned, for the board's page, as each <c>noticeboard.notice-pinned</c>
/// is delivered. It writes only to the tenant's database, inside the delivery's transaction, so a
/// delivery that is retried or repeated after a crash never counts twice.
/// </summary>
public sealed class PinnedTally(ISiteSettings settings) : IEventSubscriber<NoticePinned>
{
    /// <summary>The subscriber's name, stored with each delivery: never rename it.</summary>
    public const string Name = "noticeboard.pinned-tally";

    private const string TallyKey = "noticeboard.pinned-total";

    public async Task HandleAsync(PublishedEvent published, NoticePinned payload, CancellationToken cancellationToken) =>
        await settings.SetAsync(TallyKey, (await CountAsync(settings, cancellationToken) + 1).ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>How many notices have been pinned on the tenant's board.</summary>
    public static async Task<int> CountAsync(ISiteSettings settings, CancellationToken cancellationToken) =>
        int.TryParse(await settings.GetAsync(TallyKey, cancellationToken), CultureInfo.InvariantCulture, out var count) ? count : 0;
}
