using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Users.Data;
using Perspective.Users.Sessions;

namespace Perspective.Users.Pages.Account;

/// <summary>The person's recent sign-ins, and a way to end every session but this one.</summary>
public sealed class SessionsModel(TenantDbContext db, IUserSessions sessions, IAuditLog audit) : PageModel
{
    private const int Shown = 20;

    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    public int OthersOpen { get; private set; }

    [TempData]
    public string? Banner { get; set; }

    private string? CurrentSessionId => User.FindFirst(PerspectiveClaimTypes.Session)?.Value;

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.UserId() is not { } userId)
        {
            return NotFound();
        }

        var rows = await db.Set<UserSession>()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.CreatedUtc)
            .Take(Shown)
            .ToListAsync();
        Sessions = rows
            .Select(s => new SessionRow(s.CreatedUtc, BrowserNames.Describe(s.UserAgent), s.IpAddress, s.TwoFactor, s.Id == CurrentSessionId, s.EndedUtc, s.EndReason))
            .ToList();
        OthersOpen = await db.Set<UserSession>().CountAsync(s => s.UserId == userId && s.EndedUtc == null && s.Id != CurrentSessionId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.UserId() is not { } userId)
        {
            return NotFound();
        }

        await sessions.EndOthersAsync(userId, CurrentSessionId, "ended by you");
        await audit.RecordNowAsync(UsersEvents.SessionsOthersEnded, "user", userId);
        Banner = "You are signed out of your other sessions";
        return RedirectToPage();
    }

    public sealed record SessionRow(DateTime CreatedUtc, string Browser, string? IpAddress, bool TwoFactor, bool IsCurrent, DateTime? EndedUtc, string? EndReason);
}
