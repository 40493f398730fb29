using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Data;
using Perspective.Core.Jobs;
using Perspective.Core.Settings;
using Perspective.Core.Tenants;
using Perspective.Noticeboard.Jobs;
using Perspective.Noticeboard.Notices;

namespace Perspective.Noticeboard.Pages;

/// <summary>
/// The tenant's noticeboard: the notices pinned now, and a form to pin one for a number of days.
/// Pinning schedules the notice's own removal at its expiry.
/// </summary>
[Authorize(Policy = "Permission:UseNoticeboard")]
public sealed class NoticeboardModel(NoticeBoard board, ISiteSettings settings, TenantDbContext db, IJobScheduler jobs, ITenantContext tenant) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    /// <summary>Bound as text so that anything but a whole number gets the page's own message.</summary>
    [BindProperty]
    public string? DaysPinned { get; set; }

    public IReadOnlyList<Notice> Notices { get; private set; } = [];

    public int PinnedEver { get; private set; }

    [TempData(Key = "Perspective.Noticeboard.Banner")]
    public string? Banner { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var title = Title?.Trim() ?? "";
        var days = Validate(title);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var notice = await board.PinAsync(title, days, User.Identity?.Name ?? "", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // After the save: a run scheduled for a notice that was never stored would find nothing to do,
        // and a notice whose run is lost here is still taken down by the sweep.
        await jobs.ScheduleAsync<UnpinExpiredNoticesJob>(tenant.Current.Name, notice.ExpiresUtc, cancellationToken: cancellationToken);
        Banner = "Notice pinned";
        return RedirectToPage();
    }

    private int Validate(string title)
    {
        if (title.Length == 0)
        {
            ModelState.AddModelError(nameof(Title), "Enter the notice");
        }
        else if (title.Length > NoticeBoard.MaxTitleLength)
        {
            ModelState.AddModelError(nameof(Title), $"Notice must be {NoticeBoard.MaxTitleLength} characters or fewer");
        }

        var days = 0;
        if (string.IsNullOrWhiteSpace(DaysPinned))
        {
            ModelState.AddModelError(nameof(DaysPinned), "Enter how many days the notice should stay up");
        }
        else if (!int.TryParse(DaysPinned.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < 1 or > NoticeBoard.MaxDaysPinned)
        {
            ModelState.AddModelError(nameof(DaysPinned), $"Days must be a whole number from 1 to {NoticeBoard.MaxDaysPinned}");
        }

        if (Notices.Count >= NoticeBoard.Capacity)
        {
            ModelState.AddModelError(nameof(Title), $"The noticeboard is full: it holds {NoticeBoard.Capacity} notices. Wait for one to come down");
        }

        return days;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Notices = await board.ListAsync(cancellationToken);
        PinnedEver = await PinnedTally.CountAsync(settings, cancellationToken);
    }
}
