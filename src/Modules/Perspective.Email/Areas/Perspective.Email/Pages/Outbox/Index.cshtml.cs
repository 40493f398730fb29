using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Email.Outbox;
using Perspective.Email.Templates;

namespace Perspective.Email.Pages.Outbox;

/// <summary>
/// The tenant's outbox: how many messages are queued, sent or dead-lettered, and each message
/// newest first, without its body (which may hold links with tokens; it is encrypted while queued
/// and removed once sent or dead-lettered).
/// The recipient filter is posted and kept in TempData, so no email address goes in a URL.
/// </summary>
[Authorize(Policy = "Permission:ManageEmail")]
public sealed class OutboxModel(OutboxAdministration outbox, EmailKindCatalog kinds) : PageModel
{
    public const int PageSize = 25;
    private const string RecipientKey = "Perspective.Email.OutboxRecipient";

    [BindProperty(SupportsGet = true)]
    public OutboxState? State { get; set; }

    [BindProperty]
    public string? Recipient { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyDictionary<OutboxState, int> Counts { get; private set; } = new Dictionary<OutboxState, int>();

    public IReadOnlyList<OutboxRow> Messages { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static IReadOnlyList<SelectListItem> StateChoices { get; } =
    [
        new("Any state", ""),
        new("Queued", nameof(OutboxState.Queued)),
        new("Sent", nameof(OutboxState.Sent)),
        new("Dead letter", nameof(OutboxState.DeadLetter)),
    ];

    public static string StateText(OutboxState state) => state == OutboxState.DeadLetter ? "Dead letter" : state.ToString();

    public static string StateColour(OutboxState state) => state switch
    {
        OutboxState.Sent => "green",
        OutboxState.DeadLetter => "red",
        _ => "blue",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Recipient = TempData.Peek(RecipientKey) as string;
        Counts = await outbox.Messages
            .GroupBy(m => m.State)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var query = outbox.Messages;
        if (State is { } state)
        {
            query = query.Where(m => m.State == state);
        }

        if (Recipient is { } recipient)
        {
            // Lower-cased on both sides: PostgreSQL, unlike SQLite, minds case. ToLower() here is
            // SQL's lower(), run by the database, so no .NET culture is involved.
            var term = recipient.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(m => m.ToAddress.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        Total = await query.CountAsync(cancellationToken);
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        Messages = await query
            .OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(m => new OutboxRow(m.Id, m.CreatedUtc, m.Kind, m.ToAddress, m.Subject, m.State, m.Attempts, m.LastError))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Applies the filters: the state goes in the address, the recipient in TempData.</summary>
    public IActionResult OnPostFilter()
    {
        var recipient = string.IsNullOrWhiteSpace(Recipient) ? null : Recipient.Trim();
        if (recipient is null)
        {
            TempData.Remove(RecipientKey);
        }
        else
        {
            TempData[RecipientKey] = recipient[..Math.Min(recipient.Length, 256)];
        }

        return RedirectToPage(new { State });
    }

    public IActionResult OnPostClear()
    {
        TempData.Remove(RecipientKey);
        return RedirectToPage();
    }

    public string KindName(string kind) => kinds.Find(kind)?.DisplayName ?? kind;
}

/// <summary>What the outbox page shows of a message: never its body.</summary>
public sealed record OutboxRow(long Id, DateTime CreatedUtc, string Kind, string ToAddress, string Subject, OutboxState State, int Attempts, string? LastError);
