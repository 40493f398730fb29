using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Events;

namespace Perspective.Audit.Pages.Deliveries;

/// <summary>
/// Event deliveries that failed on every attempt and are parked (for example, the email
/// notification of a sent document while the email settings were wrong), newest first, each with
/// its last error and a button to try it again once the cause is fixed. Each retry is audited.
/// </summary>
[Authorize(Policy = "Permission:RetryEventDeliveries")]
public sealed class ParkedDeliveriesModel(ParkedDeliveries parked, IAuditLog audit, TenantDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ParkedDelivery> Deliveries { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    [TempData(Key = "Perspective.Audit.DeliveriesBanner")]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Total = await parked.CountAsync(cancellationToken);
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        Deliveries = await parked.PageAsync((PageNumber - 1) * PageSize, PageSize, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        if (await parked.FindAsync(id, cancellationToken) is not { } delivery)
        {
            return NotFound();
        }

        audit.Record(AuditTrailEvents.DeliveryRetried, "event-delivery", id.ToString(CultureInfo.InvariantCulture),
            $"{delivery.EventName} {delivery.EventId} to {delivery.Subscriber}");
        await db.SaveChangesAsync(cancellationToken);
        if (!await parked.RetryAsync(delivery, cancellationToken))
        {
            return NotFound();
        }

        Banner = await parked.SucceededAsync(id, cancellationToken)
            ? $"{delivery.EventName} was delivered to {delivery.Subscriber}"
            : $"{delivery.EventName} failed again for {delivery.Subscriber}; it will be tried again automatically";
        return RedirectToPage();
    }
}
